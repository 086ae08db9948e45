using Runner.Tests.TestSupport;

namespace Runner.Tests.Cli;

/// <summary>The runner's command line end to end: a separate process, its output and its exit code.</summary>
public sealed class RunCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static void AsInstructorNotebook(string path) => File.Move(path, path.Replace(".ipynb", ".solution.ipynb"));

    [Fact]
    public void Run_PassingNotebook_ExitsZeroAndWritesTheCopyToOut()
    {
        var source = _folder.CopyFixtures("notebooks", "healthy.ipynb")[0];
        var before = File.ReadAllText(source);

        var result = RunnerProcess.Run(_folder.Path, "run", "notebooks", "--out", "executed");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("1 notebook(s) run: 1 passed, 0 failed", result.Output);
        Assert.Equal(before, File.ReadAllText(source));
        Assert.Contains("<pre>55</pre>", File.ReadAllText(_folder.File(Path.Combine("executed", "healthy.ipynb"))));
    }

    [Fact]
    public void Run_NoArguments_RunsEveryInstructorNotebookUnderNotebooksIntoOutNotebooks()
    {
        AsInstructorNotebook(_folder.CopyFixtures("notebooks", "healthy.ipynb")[0]);
        AsInstructorNotebook(_folder.CopyFixtures(Path.Combine("notebooks", "more"), "state.ipynb")[0]);
        _folder.CopyFixtures("notebooks", "compile-error.ipynb"); // a learner copy: not part of the main job

        var result = RunnerProcess.Run(_folder.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.True(File.Exists(_folder.File(Path.Combine("out", "notebooks", "healthy.solution.ipynb"))));
        Assert.True(File.Exists(_folder.File(Path.Combine("out", "notebooks", "more", "state.solution.ipynb"))));
        Assert.False(File.Exists(_folder.File(Path.Combine("out", "notebooks", "compile-error.ipynb"))));
    }

    [Fact]
    public void Run_HangingNotebookThenHealthyOne_StopsTheHangRunsTheOtherAndExitsOne()
    {
        _folder.CopyFixtures("notebooks", "hang.ipynb", "healthy.ipynb");

        var result = RunnerProcess.Run(_folder.Path, "run", "notebooks");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("hang.ipynb, cell 2 (index 1, id 'hangs'): TimeoutException: the cell did not finish within 10 s", result.Output);
        Assert.Contains("2 notebook(s) run: 1 passed, 1 failed", result.Output);
        Assert.Contains("<pre>55</pre>", File.ReadAllText(_folder.File(Path.Combine("out", "notebooks", "healthy.ipynb"))));
    }

    [Fact]
    public void Run_TimeoutOption_AppliesWhenTheNotebookSetsNone()
    {
        var path = _folder.File("slow.ipynb");
        File.WriteAllText(path, """
            {"nbformat": 4, "nbformat_minor": 5, "metadata": {},
             "cells": [{"cell_type": "code", "id": "slow", "metadata": {}, "execution_count": null, "outputs": [], "source": "System.Threading.Thread.Sleep(60_000);"}]}
            """);

        var result = RunnerProcess.Run(_folder.Path, "run", "slow.ipynb", "--timeout", "1.5");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("slow.ipynb, cell 1 (index 0, id 'slow'): TimeoutException: the cell did not finish within 1.5 s", result.Output);
    }

    [Fact]
    public void Run_FailingCell_NamesNotebookCellIdLineAndError()
    {
        _folder.CopyFixtures(null, "compile-error.ipynb");

        var result = RunnerProcess.Run(_folder.Path, "run", "compile-error.ipynb");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("FAILED compile-error.ipynb, cell 2 (index 1, id 'broken'), line 2: (2,14): error CS0103: The name 'undefinedName' does not exist in the current context", result.Output);
    }

    [Theory]
    [InlineData("malformed.ipynb", "malformed.ipynb: not valid JSON at line 5, column 3")]
    [InlineData("nbformat3.ipynb", "nbformat3.ipynb: is nbformat 3")]
    [InlineData("fsharp-cell.ipynb", "fsharp-cell.ipynb: cell 1 (index 0, id 'fsharp') is in the 'fsharp' kernel")]
    [InlineData("fsharp-switch.ipynb", "fsharp-switch.ipynb: cell 1 (index 0, id 'switch'), line 2: '#!fsharp' switches to the 'fsharp' kernel; the course is C# only")]
    public void Run_NotebookItCannotRun_ExitsTwoNamingTheProblemAndStillRunsTheOthers(string fixture, string expected)
    {
        _folder.CopyFixtures(null, fixture, "healthy.ipynb");

        var result = RunnerProcess.Run(_folder.Path, "run", fixture, "healthy.ipynb");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("CANNOT RUN " + expected, result.Output);
        Assert.Contains("1 notebook(s) run: 1 passed, 0 failed; 1 could not be run", result.Output);
    }

    [Theory]
    [InlineData(new[] { "run", "missing.ipynb" }, "missing.ipynb: no such file or folder.")]
    [InlineData(new[] { "run", "notes.txt" }, "notes.txt: not a notebook")]
    [InlineData(new[] { "run", "--timeout", "0" }, "--timeout must be a positive number of seconds")]
    [InlineData(new[] { "run", "--timeout", "soon" }, "'soon'")]
    [InlineData(new[] { "run", "--in-place", "--out", "x" }, "--in-place and --out cannot be used together")]
    [InlineData(new[] { "run", "--no-such-option" }, "--no-such-option")]
    [InlineData(new[] { "run", "healthy.ipynb", "--out", "." }, "its executed copy would overwrite it")]
    [InlineData(new[] { "run", "healthy.ipynb", "--parallel", "0" }, "--parallel must be a whole number of notebooks, at least 1; got 0.")]
    [InlineData(new[] { "run", "healthy.ipynb", "--parallel", "-3" }, "--parallel must be a whole number of notebooks, at least 1; got -3.")]
    [InlineData(new[] { "run", "healthy.ipynb", "--parallel", "two" }, "'two'")]
    [InlineData(new[] { "run", "healthy.ipynb", "--junit", " " }, "--junit needs the path of the XML file to write")]
    [InlineData(new[] { "run", "healthy.ipynb", "--junit" }, "--junit")]
    public void Run_BadUsage_ExitsTwoWithAClearMessage(string[] arguments, string expected)
    {
        _folder.CopyFixtures(null, "healthy.ipynb");
        File.WriteAllText(_folder.File("notes.txt"), "not a notebook");

        var result = RunnerProcess.Run(_folder.Path, arguments);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.Output);
    }

    [Fact]
    public void Run_InPlace_ReplacesTheSourceWithTheExecutedNotebook()
    {
        var source = _folder.CopyFixtures(null, "healthy.ipynb")[0];

        var result = RunnerProcess.Run(_folder.Path, "run", "healthy.ipynb", "--in-place");

        Assert.Equal(0, result.ExitCode);
        var text = File.ReadAllText(source);
        Assert.Contains("\"execution_count\": 1", text);
        Assert.Contains("<pre>55</pre>", text);
        Assert.False(Directory.Exists(_folder.File("out")));
    }

    [Fact]
    public void Run_OutFolderThatCannotBeWritten_ExitsTwoNamingIt()
    {
        _folder.CopyFixtures(null, "healthy.ipynb");
        File.WriteAllText(_folder.File("a-file"), "in the way of the output folder");

        var result = RunnerProcess.Run(_folder.Path, "run", "healthy.ipynb", "--out", Path.Combine("a-file", "out"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"CANNOT RUN {Path.Combine("a-file", "out", "healthy.ipynb")}: cannot write the executed copy of healthy.ipynb", result.Output);
    }

    [Fact]
    public void Run_RunnerKilledMidCell_ItsWorkerExitsToo()
    {
        NotebookJson.Write(_folder.File("hang.ipynb"), ("hang", "System.IO.File.WriteAllText(\"worker.pid\", Environment.ProcessId.ToString());\nSystem.Threading.Thread.Sleep(-1);"));
        using var runner = RunnerProcess.Start(_folder.Path, "run", "hang.ipynb");
        var pidFile = _folder.File("worker.pid");
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!File.Exists(pidFile) || new FileInfo(pidFile).Length == 0)
        {
            Assert.True(waited.Elapsed < TimeSpan.FromMinutes(1) && !runner.HasExited, "The worker never started its cell.");
            Thread.Sleep(50);
        }

        using var worker = System.Diagnostics.Process.GetProcessById(int.Parse(File.ReadAllText(pidFile)));
        runner.Kill(entireProcessTree: false);

        Assert.True(worker.WaitForExit(TimeSpan.FromSeconds(10)), "The worker outlived its runner.");
    }

    [Fact]
    public void Run_NoArgumentsOutsideARepository_ExitsTwoSayingWhereToRunFrom()
    {
        var result = RunnerProcess.Run(_folder.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("No notebooks/ folder in", result.Output);
    }

    [Fact]
    public void MainJob_RunsThenExportsTheSite()
    {
        AsInstructorNotebook(_folder.CopyFixtures("notebooks", "healthy.ipynb")[0]);

        var result = RunnerProcess.Run(_folder.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Exported 1 page(s) and an index to out/site/", result.Output);
        Assert.True(File.Exists(_folder.File(Path.Combine("out", "site", "healthy.html")))); // ".solution" is dropped from page names
        Assert.True(File.Exists(_folder.File(Path.Combine("out", "site", "index.html"))));
    }

    [Fact]
    public void Export_ExecutedNotebooks_WritesTheSiteWithoutRunningThemAgain()
    {
        _folder.CopyFixtures("notebooks", "healthy.ipynb");
        RunnerProcess.Run(_folder.Path, "run", "notebooks", "--out", "executed");
        File.Delete(_folder.File(Path.Combine("notebooks", "healthy.ipynb")));

        var result = RunnerProcess.Run(_folder.Path, "export", "executed", "--out", "site");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("55", File.ReadAllText(_folder.File(Path.Combine("site", "healthy.html"))));
    }

    [Fact]
    public void Export_NothingExecuted_ExitsTwoSayingWhatToDo()
    {
        var result = RunnerProcess.Run(_folder.Path, "export");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("No executed notebooks to export", result.Output);
    }

    [Fact]
    public void Student_GeneratesThenVerifies_AndVerifyFailsOnceTheCopyIsEdited()
    {
        var solution = _folder.File(Path.Combine("notebooks", "01-slopes.solution.ipynb"));
        Directory.CreateDirectory(Path.GetDirectoryName(solution)!);
        NotebookJson.Write(solution, [("ex", "double Slope()\n{\n    // BEGIN SOLUTION: the slope\n    return 2;\n    // END SOLUTION\n}", ["exercise"])]);
        var learner = _folder.File(Path.Combine("notebooks", "01-slopes.ipynb"));

        var missing = RunnerProcess.Run(_folder.Path, "student", "--verify");
        var generate = RunnerProcess.Run(_folder.Path, "student");
        var verified = RunnerProcess.Run(_folder.Path, "student", "--verify");
        var stub = Runner.Notebooks.MultilineText.Read(System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(learner))!["cells"]![0]!["source"]);
        File.WriteAllText(learner, File.ReadAllText(learner).Replace("TODO", "DONE"));
        var stale = RunnerProcess.Run(_folder.Path, "student", "--verify");

        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("01-slopes.ipynb is missing", missing.Output);
        Assert.Equal(0, generate.ExitCode);
        Assert.Contains("throw new NotImplementedException(\"Exercise 1.1: the slope\");", stub);
        Assert.Equal(0, verified.ExitCode);
        Assert.Equal(1, stale.ExitCode);
        Assert.Contains("01-slopes.ipynb differs from what", stale.Output);
    }

    [Fact]
    public void Student_UnclosedSolutionRegion_ExitsTwoNamingCellAndLine()
    {
        var solution = _folder.File(Path.Combine("notebooks", "02-broken.solution.ipynb"));
        Directory.CreateDirectory(Path.GetDirectoryName(solution)!);
        NotebookJson.Write(solution, [("ex", "var a = 1;\n// BEGIN SOLUTION\nvar b = 2;", ["exercise"])]);

        var result = RunnerProcess.Run(_folder.Path, "student");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("02-broken.solution.ipynb: cell 1 (index 0, id 'ex'), line 2: '// BEGIN SOLUTION' is never closed", result.Output);
    }

    [Fact]
    public void Bench_SmallNotebook_ReportsTheThreeMeasures()
    {
        var result = RunnerProcess.Run(_folder.Path, "bench", "--cells", "3", "--runs", "1");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"Cold start to first result \(ms\)\s+│ [1-9][0-9]*\.[0-9]", result.Output);
        Assert.Contains("Per-cell round trip, cells 2..3 (ms)", result.Output);
        Assert.Contains("Worker peak working set, 3 cells (MiB)", result.Output);
    }
}
