using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Runner.Execution;
using Runner.Export;
using Runner.Notebooks;
using Spectre.Console;

namespace Runner.Cli;

/// <summary><c>run [PATHS...] [--out DIR] [--timeout SECONDS] [--in-place] [--parallel N] [--junit FILE]</c>: executes notebooks and writes executed copies.</summary>
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
            HelpName = "N",
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
        var junit = new Option<string>("--junit")
        {
            Description = "Also write a JUnit XML report to this file: one test case per notebook, for CI servers (GitHub, GitLab, Azure).",
            HelpName = "FILE",
        };
        junit.Validators.Add(result =>
        {
            if (string.IsNullOrWhiteSpace(result.GetValueOrDefault<string>()))
            {
                result.AddError("--junit needs the path of the XML file to write, e.g. --junit out/junit.xml.");
            }
        });

        var command = new Command("run", "Executes notebooks, each in its own worker process, and writes the executed copies.")
        {
            paths, output, timeout, inPlace, parallel, junit,
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
                JUnitPath = parsed.GetValue(junit),
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
            return WriteJUnit(console, settings.JUnitPath, [], TimeSpan.Zero, DateTimeOffset.UtcNow) ? ExitCodes.Success : ExitCodes.BadInput;
        }

        var badInput = problems.ToList();
        var inputs = new List<(NotebookTarget Target, Notebook? Notebook, string? Problem)>(targets.Count);
        foreach (var target in targets)
        {
            try
            {
                inputs.Add((target, NotebookReader.Read(target.SourcePath), null));
            }
            catch (NotebookFormatException e)
            {
                inputs.Add((target, null, e.Message));
                badInput.Add(e.Message);
            }
        }

        var work = inputs.Where(input => input.Notebook is not null).Select(input => (Notebook: input.Notebook!, input.Target)).ToList();

        // Filled as notebooks finish, in whatever order, and read in input order.
        var writeProblems = new string?[work.Count];
        var reporter = new RunReporter(console);
        var executor = new NotebookExecutor(settings.Timeout);
        var started = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
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

        clock.Stop();
        badInput.AddRange(writeProblems.OfType<string>());
        reporter.WriteSummary(runs, badInput, settings.InPlace ? null : settings.OutDirectory);
        if (exportSiteTo is not null && runs.Count > 0)
        {
            var pages = runs.Select(run => new SiteExporter.Page(run.Executed, run.Notebook.Path, run.Passed)).ToList();
            if (!ExportCommand.Write(console, pages, exportSiteTo, SiteAssets.Local, live: true))
            {
                badInput.Add($"{exportSiteTo}: the site could not be written.");
            }
        }

        // One test case per notebook in input order: runs[k] is the k-th notebook that could be read.
        var cases = new List<JUnitTestCase>(inputs.Count);
        var runIndex = 0;
        foreach (var input in inputs)
        {
            if (input.Notebook is null)
            {
                cases.Add(JUnitTestCase.ForUnreadable(input.Target.SourcePath, input.Problem!));
            }
            else
            {
                cases.Add(JUnitTestCase.ForRun(runs[runIndex], writeProblems[runIndex]));
                runIndex++;
            }
        }

        var junitWritten = WriteJUnit(console, settings.JUnitPath, cases, clock.Elapsed, started);

        return badInput.Count > 0 || !junitWritten ? ExitCodes.BadInput
            : runs.Any(r => !r.Passed) ? ExitCodes.CellFailed
            : ExitCodes.Success;
    }

    /// <summary>Writes the JUnit report when one was asked for; false, after saying why, when it could not be written.</summary>
    private static bool WriteJUnit(IAnsiConsole console, string? path, IReadOnlyList<JUnitTestCase> cases, TimeSpan time, DateTimeOffset started)
    {
        if (path is null)
        {
            return true;
        }

        try
        {
            JUnitReport.Write(path, JUnitReport.Build(cases, time, started));
            console.MarkupLine($"JUnit report written to {Markup.Escape(path)}.");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            console.MarkupLine($"[red]CANNOT WRITE[/] {Markup.Escape(path)}: the JUnit report could not be written there: {Markup.Escape(e.Message)}");
            return false;
        }
    }
}
