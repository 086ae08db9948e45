using System.Globalization;
using Runner.Execution;
using Runner.Notebooks;
using Spectre.Console;

namespace Runner.Cli;

/// <summary>
/// Shows progress while notebooks run, several at once (a live bar per notebook on a terminal; in CI logs
/// a line as each notebook starts and ends), and a closing table of results, in input order, with every
/// failure spelled out.
/// </summary>
internal sealed class RunReporter
{
    private readonly IAnsiConsole _console;
    private readonly Lock _gate = new();

    public RunReporter(IAnsiConsole console)
    {
        _console = console;
    }

    /// <summary>
    /// Runs the notebooks through <paramref name="run"/>, up to <paramref name="parallel"/> at once, and returns their
    /// runs in input order. On a terminal each notebook has a live progress bar, advanced cell by cell; in a log each
    /// notebook gets a line when it starts and one when it ends, prefixed [i/n] by its position in the input.
    /// </summary>
    public async Task<IReadOnlyList<NotebookRun>> RunAllAsync(
        IReadOnlyList<Notebook> notebooks,
        int parallel,
        Func<int, Action<NotebookCell>, CancellationToken, Task<NotebookRun>> run,
        CancellationToken cancellation)
    {
        if (!_console.Profile.Capabilities.Interactive)
        {
            return await InputOrderScheduler.RunAsync(notebooks.Count, parallel, async (i, token) =>
            {
                var notebook = notebooks[i];
                var position = Markup.Escape($"[{i + 1}/{notebooks.Count}] {notebook.Path}");
                WriteLine($"{position}: started ({CSharpCells(notebook)} C# cells)");
                var result = await run(i, _ => { }, token).ConfigureAwait(false);
                WriteLine($"{position}: {Verdict(result)} in {Seconds(result.Measurements.Duration)}");
                return result;
            }, cancellation).ConfigureAwait(false);
        }

        IReadOnlyList<NotebookRun> runs = [];
        await _console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var tasks = notebooks.Select(n => context.AddTask(Markup.Escape(n.FileName), autoStart: false, maxValue: Math.Max(1, CSharpCells(n)))).ToList();
                runs = await InputOrderScheduler.RunAsync(notebooks.Count, parallel, async (i, token) =>
                {
                    var task = tasks[i];
                    task.StartTask();
                    var result = await run(i, _ => task.Increment(1), token).ConfigureAwait(false);
                    task.Value = task.MaxValue;
                    task.Description = $"{Markup.Escape(notebooks[i].FileName)} {Verdict(result)}";
                    task.StopTask();
                    return result;
                }, cancellation).ConfigureAwait(false);
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

    /// <summary>Writes one line of markup; notebooks finish on several threads at once, and their lines must not interleave.</summary>
    private void WriteLine(string markup)
    {
        lock (_gate)
        {
            _console.MarkupLine(markup);
        }
    }

    private static int CSharpCells(Notebook notebook) => notebook.Cells.Count(c => c.IsCSharp);

    private static string Verdict(NotebookRun run) => run.Passed
        ? "[green]passed[/]"
        : $"[red]{run.Failures.Count} failure(s)[/]";

    private static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s";
}
