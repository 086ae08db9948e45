using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using Runner.Execution;
using Runner.Notebooks;
using Spectre.Console;

namespace Runner.Cli;

/// <summary>
/// <c>bench [--cells N] [--runs R]</c>: measures the runner on a generated notebook of N trivial cells,
/// each run in a fresh worker: cold start (worker launch to the first cell's result), per-cell overhead
/// after the first cell, and the worker's peak working set.
/// </summary>
internal static class BenchCommand
{
    // Targets for a worker hosting the .NET Interactive C# kernel (issue 11): the kernel itself takes about 0.75 s to
    // create and about 1.4 s for its first cell on this kind of machine.
    private static readonly TimeSpan s_coldStartTarget = TimeSpan.FromSeconds(2.5);
    private static readonly TimeSpan s_perCellTarget = TimeSpan.FromMilliseconds(15);
    private const long PeakMemoryTargetBytes = 400L * 1024 * 1024;

    public static Command Create()
    {
        var cells = new Option<int>("--cells") { Description = "Cells in the generated notebook.", DefaultValueFactory = _ => 50 };
        var runs = new Option<int>("--runs") { Description = "Runs, each in a fresh worker process.", DefaultValueFactory = _ => 5 };
        cells.Validators.Add(r => { if (r.GetValueOrDefault<int>() < 2) { r.AddError("--cells must be at least 2."); } });
        runs.Validators.Add(r => { if (r.GetValueOrDefault<int>() < 1) { r.AddError("--runs must be at least 1."); } });
        var command = new Command("bench", "Measures cold start, per-cell overhead and worker memory on a generated notebook.") { cells, runs };
        command.SetAction(parsed => ExecuteAsync(parsed.GetValue(cells), parsed.GetValue(runs)));
        return command;
    }

    private static async Task<int> ExecuteAsync(int cellCount, int runCount)
    {
        var console = AnsiConsole.Console;
        var folder = Directory.CreateTempSubdirectory("runner-bench-");
        try
        {
            var path = Path.Combine(folder.FullName, "bench.ipynb");
            File.WriteAllText(path, NotebookFile.Serialize(GenerateNotebook(cellCount)));
            var notebook = NotebookReader.Read(path);
            var executor = new NotebookExecutor(NotebookExecutor.DefaultTimeout);
            var coldStarts = new List<double>();
            var perCell = new List<double>();
            var peaks = new List<double>();
            for (var i = 0; i < runCount; i++)
            {
                var run = await executor.RunAsync(notebook).ConfigureAwait(false);
                if (!run.Passed)
                {
                    console.MarkupLine($"[red]The benchmark notebook failed:[/] {Markup.Escape(run.Failures[0].ToString())}");
                    return ExitCodes.CellFailed;
                }

                coldStarts.Add(run.Measurements.FirstResult!.Value.TotalMilliseconds);
                perCell.AddRange(run.Measurements.CellDurations.Skip(1).Select(d => d.TotalMilliseconds));
                peaks.Add(run.Measurements.PeakWorkingSetBytes / (1024.0 * 1024.0));
                console.WriteLine($"run {i + 1}/{runCount}: cold start {coldStarts[^1]:0} ms, per-cell median {Median(run.Measurements.CellDurations.Skip(1).Select(d => d.TotalMilliseconds)):0.0} ms, peak {peaks[^1]:0} MiB");
            }

            var table = new Table().Border(TableBorder.Rounded)
                .AddColumn("Measure").AddColumn("Median").AddColumn("Min").AddColumn("Max").AddColumn("Target").AddColumn("Met");
            AddRow(table, "Cold start to first result (ms)", coldStarts, s_coldStartTarget.TotalMilliseconds, $"< {s_coldStartTarget.TotalMilliseconds:0}");
            AddRow(table, $"Per-cell round trip, cells 2..{cellCount} (ms)", perCell, s_perCellTarget.TotalMilliseconds, $"median < {s_perCellTarget.TotalMilliseconds:0}");
            AddRow(table, $"Worker peak working set, {cellCount} cells (MiB)", peaks, PeakMemoryTargetBytes / (1024.0 * 1024.0), $"< {PeakMemoryTargetBytes / (1024 * 1024)}");
            console.Write(table);
            console.WriteLine($"{runCount} run(s) of a {cellCount}-cell notebook on {Environment.ProcessorCount} core(s), .NET {Environment.Version}.");
            return ExitCodes.Success;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static void AddRow(Table table, string name, IReadOnlyList<double> values, double target, string targetText)
    {
        var median = Median(values);
        table.AddRow(name, Format(median), Format(values.Min()), Format(values.Max()), targetText, median < target ? "[green]yes[/]" : "[red]no[/]");
    }

    private static string Format(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    /// <summary>A notebook whose first cell declares a variable and whose other cells each update and display it.</summary>
    private static JsonObject GenerateNotebook(int cellCount)
    {
        var cells = new JsonArray();
        for (var i = 0; i < cellCount; i++)
        {
            var source = i == 0 ? "var total = 0;" : $"total += {i};\ntotal";
            cells.Add(new JsonObject
            {
                ["cell_type"] = "code",
                ["execution_count"] = null,
                ["id"] = $"bench-{i + 1}",
                ["metadata"] = new JsonObject(),
                ["outputs"] = new JsonArray(),
                ["source"] = MultilineText.Write(source),
            });
        }

        return new JsonObject
        {
            ["cells"] = cells,
            ["metadata"] = new JsonObject(),
            ["nbformat"] = 4,
            ["nbformat_minor"] = 5,
        };
    }
}
