using System.CommandLine;
using System.Globalization;
using Runner.Execution;
using Runner.Export;
using Runner.Notebooks;
using Spectre.Console;

namespace Runner.Cli;

/// <summary><c>run [PATHS...] [--out DIR] [--timeout SECONDS] [--in-place] [--parallel N]</c>: executes notebooks and writes executed copies.</summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Notebooks or folders of notebooks to run (default: the instructor notebooks, notebooks/*.solution.ipynb).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var output = new Option<string>("--out")
        {
            Description = "Folder for the executed copies.",
            DefaultValueFactory = _ => RunSettings.DefaultOutDirectory,
        };
        var timeout = new Option<double>("--timeout")
        {
            Description = "Seconds a cell may run before it is stopped, unless the notebook's metadata.execution.timeout says otherwise.",
            DefaultValueFactory = _ => NotebookExecutor.DefaultTimeout.TotalSeconds,
        };
        timeout.Validators.Add(result =>
        {
            // Validators run before conversion: a word that is not a number is left to the parser's own error.
            if (result.Tokens is [var given] && double.TryParse(given.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds)
                && (seconds <= 0 || !double.IsFinite(seconds)))
            {
                result.AddError($"--timeout must be a positive number of seconds; got {seconds}.");
            }
        });
        var inPlace = new Option<bool>("--in-place")
        {
            Description = "Write each executed copy over its source notebook instead of into --out.",
        };

        var parallel = new Option<int>("--parallel")
        {
            Description = "Notebooks to run at once, each in its own worker process (default: the number of cores). Results are reported in input order.",
            DefaultValueFactory = _ => RunSettings.DefaultParallel,
        };
        parallel.Validators.Add(result =>
        {
            // Validators run before conversion: a word that is not a number is left to the parser's own error.
            if (result.Tokens is [var given] && int.TryParse(given.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var count) && count < 1)
            {
                result.AddError($"--parallel must be a whole number of notebooks, at least 1; got {count}.");
            }
        });

        var command = new Command("run", "Executes notebooks, each in its own worker process, and writes the executed copies.")
        {
            paths, output, timeout, inPlace, parallel,
        };
        command.Validators.Add(result =>
        {
            if (result.GetResult(inPlace) is { Implicit: false } && result.GetResult(output) is { Implicit: false })
            {
                result.AddError("--in-place and --out cannot be used together.");
            }
        });
        command.SetAction((parsed, cancellation) => ExecuteAsync(
            new RunSettings(
                parsed.GetValue(paths) ?? [],
                parsed.GetValue(output) ?? RunSettings.DefaultOutDirectory,
                TimeSpan.FromSeconds(parsed.GetValue(timeout)),
                parsed.GetValue(inPlace))
            {
                Parallel = parsed.GetValue(parallel),
            },
            cancellation));
        return command;
    }

    /// <summary>Runs every notebook the settings name, then decides the exit code from all of them.</summary>
    /// <param name="settings">What to run and where the executed copies go.</param>
    /// <param name="cancellation">Stops the run (Ctrl+C).</param>
    /// <param name="exportSiteTo">When set, the executed notebooks are then exported as a web site into this folder.</param>
    public static async Task<int> ExecuteAsync(RunSettings settings, CancellationToken cancellation, string? exportSiteTo = null)
    {
        var console = AnsiConsole.Console;
        var mainJob = settings.Paths.Count == 0;
        var paths = mainJob ? [RunSettings.DefaultNotebooksFolder] : settings.Paths;
        if (mainJob && !Directory.Exists(RunSettings.DefaultNotebooksFolder))
        {
            console.MarkupLine($"[red]No {RunSettings.DefaultNotebooksFolder}/ folder in {Markup.Escape(Environment.CurrentDirectory)}.[/] Run from the repository's root, or name the notebooks to run.");
            return ExitCodes.BadInput;
        }

        var (targets, problems) = NotebookPaths.Resolve(paths, settings.OutDirectory, settings.InPlace);
        if (mainJob)
        {
            // The course is its instructor notebooks; the learner copies are generated from them and tested apart.
            targets = targets.Where(t => t.SourcePath.EndsWith(LearnerCopy.SolutionSuffix, StringComparison.OrdinalIgnoreCase)).ToList();
            problems = problems.Where(p => !p.Contains("no .ipynb notebooks", StringComparison.Ordinal)).ToList();
        }

        if (mainJob && targets.Count == 0)
        {
            console.MarkupLine($"No instructor notebooks (*{LearnerCopy.SolutionSuffix}) under {RunSettings.DefaultNotebooksFolder}/ yet: nothing to run.");
            return ExitCodes.Success;
        }

        var badInput = problems.ToList();
        var work = new List<(Notebook Notebook, NotebookTarget Target)>(targets.Count);
        foreach (var target in targets)
        {
            try
            {
                work.Add((NotebookReader.Read(target.SourcePath), target));
            }
            catch (NotebookFormatException e)
            {
                badInput.Add(e.Message);
            }
        }

        // Filled as notebooks finish, in whatever order, and read in input order.
        var writeProblems = new string?[work.Count];
        var reporter = new RunReporter(console);
        var executor = new NotebookExecutor(settings.Timeout);
        IReadOnlyList<NotebookRun> runs;
        try
        {
            runs = await reporter.RunAllAsync(
                work.Select(w => w.Notebook).ToList(),
                settings.Parallel,
                async (i, onCellDone, token) =>
                {
                    var (notebook, target) = work[i];
                    var run = await executor.RunAsync(notebook, onCellDone, token).ConfigureAwait(false);
                    try
                    {
                        NotebookFile.WriteAtomically(target.OutputPath, NotebookFile.Serialize(run.Executed));
                    }
                    catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                    {
                        writeProblems[i] = $"{target.OutputPath}: cannot write the executed copy of {notebook.Path}: {e.Message}";
                    }

                    return run;
                },
                cancellation).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            console.MarkupLine("[yellow]Cancelled.[/] Workers were stopped; the notebooks that were running have no executed copy.");
            return ExitCodes.Cancelled;
        }

        badInput.AddRange(writeProblems.OfType<string>());
        reporter.WriteSummary(runs, badInput, settings.InPlace ? null : settings.OutDirectory);
        if (exportSiteTo is not null && runs.Count > 0)
        {
            var pages = runs.Select(run => new SiteExporter.Page(run.Executed, run.Notebook.Path, run.Passed)).ToList();
            if (!ExportCommand.Write(console, pages, exportSiteTo, SiteAssets.Local))
            {
                badInput.Add($"{exportSiteTo}: the site could not be written.");
            }
        }

        return badInput.Count > 0 ? ExitCodes.BadInput
            : runs.Any(r => !r.Passed) ? ExitCodes.CellFailed
            : ExitCodes.Success;
    }
}
