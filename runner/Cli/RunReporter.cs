using System.Globalization;
using Runner.Execution;
using Runner.Notebooks;
using Spectre.Console;

namespace Runner.Cli;

/// <summary>
/// Shows progress while notebooks run (a live bar per notebook on a terminal, a line per notebook
/// in CI logs) and a closing table of results with every failure spelled out.
/// </summary>
internal sealed class RunReporter
{
    private readonly IAnsiConsole _console;

    public RunReporter(IAnsiConsole console)
    {
        _console = console;
    }

    /// <summary>Runs the notebooks one after another through <paramref name="run"/>, showing progress cell by cell.</summary>
    public async Task<IReadOnlyList<NotebookRun>> RunAllAsync(
        IReadOnlyList<(Notebook Notebook, NotebookTarget Target)> work,
        Func<Notebook, NotebookTarget, Action<NotebookCell>, Task<NotebookRun>> run)
    {
        var notebooks = work.Select(w => w.Notebook).ToList();
        var runs = new List<NotebookRun>();
        if (!_console.Profile.Capabilities.Interactive)
        {
            for (var i = 0; i < notebooks.Count; i++)
            {
                var notebook = notebooks[i];
                _console.WriteLine($"[{i + 1}/{notebooks.Count}] {notebook.Path} ({CSharpCells(notebook)} C# cells) ...");
                var result = await run(notebook, work[i].Target, _ => { }).ConfigureAwait(false);
                _console.MarkupLine($"      {Verdict(result)} in {Seconds(result.Measurements.Duration)}");
                runs.Add(result);
            }

            return runs;
        }

        await _console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var tasks = notebooks.Select(n => context.AddTask(Markup.Escape(n.FileName), autoStart: false, maxValue: Math.Max(1, CSharpCells(n)))).ToList();
                for (var i = 0; i < notebooks.Count; i++)
                {
                    var task = tasks[i];
                    task.StartTask();
                    var result = await run(notebooks[i], work[i].Target, _ => task.Increment(1)).ConfigureAwait(false);
                    task.Value = task.MaxValue;
                    task.Description = $"{Markup.Escape(notebooks[i].FileName)} {Verdict(result)}";
                    task.StopTask();
                    runs.Add(result);
                }
            }).ConfigureAwait(false);
        return runs;
    }

    /// <summary>The closing table, the failures with notebook, cell, line and error, and the inputs that could not be run.</summary>
    public void WriteSummary(IReadOnlyList<NotebookRun> runs, IReadOnlyList<string> badInput, string? outDirectory)
    {
        if (runs.Count > 0)
        {
            var table = new Table().Border(TableBorder.Rounded)
                .AddColumn("Notebook")
                .AddColumn("Result")
                .AddColumn(new TableColumn("Cells run").RightAligned())
                .AddColumn(new TableColumn("Skipped").RightAligned())
                .AddColumn(new TableColumn("Not run").RightAligned())
                .AddColumn(new TableColumn("Time").RightAligned());
            foreach (var run in runs)
            {
                table.AddRow(
                    Markup.Escape(run.Notebook.Path),
                    Verdict(run),
                    run.Counts.Run.ToString(CultureInfo.InvariantCulture),
                    run.Counts.Skipped.ToString(CultureInfo.InvariantCulture),
                    run.Counts.NotRun.ToString(CultureInfo.InvariantCulture),
                    Seconds(run.Measurements.Duration));
            }

            _console.Write(table);
        }

        var failures = runs.SelectMany(r => r.Failures).ToList();
        foreach (var failure in failures)
        {
            _console.MarkupLine($"[red]FAILED[/] {Markup.Escape(failure.ToString())}");
        }

        foreach (var problem in badInput)
        {
            _console.MarkupLine($"[red]CANNOT RUN[/] {Markup.Escape(problem)}");
        }

        var passed = runs.Count(r => r.Passed);
        var summary = $"{runs.Count} notebook(s) run: {passed} passed, {runs.Count - passed} failed";
        if (badInput.Count > 0)
        {
            summary += $"; {badInput.Count} could not be run";
        }

        _console.MarkupLine(failures.Count == 0 && badInput.Count == 0 ? $"[green]{summary}.[/]" : $"[red]{summary}.[/]");
        if (outDirectory is not null && runs.Count > 0)
        {
            _console.MarkupLine($"Executed copies are in {Markup.Escape(outDirectory)}/.");
        }
    }

    private static int CSharpCells(Notebook notebook) => notebook.Cells.Count(c => c.IsCSharp);

    private static string Verdict(NotebookRun run) => run.Passed
        ? "[green]passed[/]"
        : $"[red]{run.Failures.Count} failure(s)[/]";

    private static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s";
}
