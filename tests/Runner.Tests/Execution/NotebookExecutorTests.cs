using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Runner.Execution;
using Runner.Notebooks;
using Runner.Tests.TestSupport;

namespace Runner.Tests.Execution;

public sealed class NotebookExecutorTests
{
    private static readonly NotebookExecutor s_executor = new(TimeSpan.FromSeconds(60));

    [Fact]
    public async Task RunAsync_StateAcrossCells_PassesAndDisplaysTheValue()
    {
        var run = await RunFixtureAsync("state.ipynb");

        Assert.True(run.Passed, string.Join("\n", run.Failures));
        Assert.Equal("4", PlainText(Cell(run, "use")));
    }

    [Fact]
    public async Task RunAsync_RuntimeErrorInRaisesExceptionCell_PassesAndKeepsState()
    {
        var run = await RunFixtureAsync("runtime-error-keeps-state.ipynb");

        Assert.True(run.Passed, string.Join("\n", run.Failures));
        Assert.Equal("error", (string?)Cell(run, "assign-then-throw")["outputs"]![0]!["output_type"]);
        Assert.Equal("42", PlainText(Cell(run, "read-after-throw")));
    }

    [Fact]
    public async Task RunAsync_CompileError_FailsNamingCellAndLine_AndLaterCellsStillRun()
    {
        var run = await RunFixtureAsync("compile-error.ipynb");

        var failure = Assert.Single(run.Failures);
        Assert.Equal("broken", failure.Cell?.Id);
        Assert.Equal(2, failure.Line);
        Assert.EndsWith(
            "compile-error.ipynb, cell 2 (index 1, id 'broken'), line 2: (2,14): error CS0103: The name 'undefinedName' does not exist in the current context",
            failure.ToString());
        Assert.Equal("still runs\n", MultilineText.Read(Cell(run, "after")["outputs"]![0]!["text"]));
    }

    [Fact]
    public async Task RunAsync_HangingCell_IsStoppedByTheNotebookTimeout_KeepingEarlierOutputs()
    {
        var run = await RunFixtureAsync("hang.ipynb");

        var failure = Assert.Single(run.Failures);
        Assert.Equal("hangs", failure.Cell?.Id);
        Assert.Contains("did not finish within 10 s", failure.Message);
        Assert.Equal(new RunCounts(Run: 2, Skipped: 0, NotRun: 1), run.Counts);
        Assert.Equal("before the hang\n", MultilineText.Read(Cell(run, "before")["outputs"]![0]!["text"]));
        var hangOutputs = Cell(run, "hangs")["outputs"]!.AsArray();
        Assert.Equal("hanging now\n", MultilineText.Read(hangOutputs[0]!["text"]));
        Assert.Equal("error", (string?)hangOutputs[1]!["output_type"]);
        Assert.Empty(Cell(run, "never")["outputs"]!.AsArray());
        Assert.Null(Cell(run, "never")["execution_count"]);
    }

    [Fact]
    public async Task RunAsync_StackOverflow_IsReportedAsTheCellsError()
    {
        var run = await RunFixtureAsync("stack-overflow.ipynb");

        var failure = Assert.Single(run.Failures);
        Assert.Equal("recurse", failure.Cell?.Id);
        Assert.StartsWith("WorkerCrashedException: the worker process exited with code ", failure.Message);
        Assert.Contains("while running this cell (Stack overflow.)", failure.Message);
        var outputs = Cell(run, "recurse")["outputs"]!.AsArray();
        Assert.StartsWith("Stack overflow.", MultilineText.Read(outputs.First(o => (string?)o!["name"] == "stderr")!["text"]));
        Assert.Equal(failure.Message, (string?)outputs.Last()!["evalue"]);
        Assert.Equal(1, run.Counts.NotRun);
    }

    [Fact]
    public async Task RunAsync_EnvironmentExit_IsReportedAsTheCellsErrorWithTheExitCode()
    {
        var run = await RunFixtureAsync("environment-exit.ipynb");

        var failure = Assert.Single(run.Failures);
        Assert.Equal("exit", failure.Cell?.Id);
        Assert.Contains("the worker process exited with code 3 while running this cell", (string?)Cell(run, "exit")["outputs"]![0]!["evalue"]);
        Assert.Equal(1, run.Counts.NotRun);
    }

    [Fact]
    public async Task RunAsync_RaisesExceptionCellThatDoesNotRaise_Fails()
    {
        var run = await RunFixtureAsync("raises-exception-without-raising.ipynb");

        var failure = Assert.Single(run.Failures);
        Assert.Equal("no-raise", failure.Cell?.Id);
        Assert.Contains("tagged 'raises-exception' but ran without an error", failure.Message);
    }

    [Fact]
    public async Task RunAsync_SkipExecutionAndAllowErrors_SkipTheCellAndTolerateTheError()
    {
        var run = await RunFixtureAsync("skip-and-allow-errors.ipynb");

        Assert.True(run.Passed, string.Join("\n", run.Failures));
        Assert.Equal(new RunCounts(Run: 2, Skipped: 1, NotRun: 0), run.Counts);
        Assert.Empty(Cell(run, "skipped")["outputs"]!.AsArray());
        Assert.Equal("error", (string?)Cell(run, "allowed-error")["outputs"]![0]!["output_type"]);
        Assert.Equal("after the error", PlainText(Cell(run, "after")));
    }

    [Fact]
    public async Task RunAsync_KernelFeatures_NuGetPackageTimeMagicAndTheKernelsOwnParser()
    {
        var run = await RunFixtureAsync("kernel-parity.ipynb");

        Assert.True(run.Passed, string.Join("\n", run.Failures));
        Assert.Contains("MathNet.Numerics, 5.0.0", MultilineText.Read(Cell(run, "package")["outputs"]![0]!["data"]!["text/html"]));
        Assert.Equal("5", PlainText(Cell(run, "use-package")));
        Assert.Matches(@"^Wall time: \d+(\.\d+)?ms$", MultilineText.Read(Cell(run, "timed")["outputs"]![0]!["data"]!["text/plain"]));
        var rejected = Cell(run, "rejected")["outputs"]!.AsArray().Single()!;
        Assert.StartsWith("(1,45): error CS1514: { expected", (string?)rejected["evalue"]);
        Assert.Equal("120", PlainText(Cell(run, "after")));
    }

    [Fact]
    public async Task RunAsync_ConventionFormatters_RenderHtmlAndThePreferredMimeTypesInOneOutput()
    {
        var run = await RunFixtureAsync("formatters.ipynb");

        Assert.True(run.Passed, string.Join("\n", run.Failures));
        var fraction = Cell(run, "fraction")["outputs"]!.AsArray().Single()!["data"]!;
        Assert.Equal("<span class=\"fraction\">1&frasl;2</span>", MultilineText.Read(fraction["text/html"]));
        var figure = Cell(run, "figure")["outputs"]!.AsArray().Single()!["data"]!.AsObject();
        Assert.Equal("scatter", (string?)figure["application/vnd.plotly.v1+json"]!["data"]![0]!["type"]);
        Assert.Equal("<div class=\"figure\">a figure</div>", MultilineText.Read(figure["text/html"]));
    }

    [Fact]
    public async Task RunAsync_Cells_RunInTheNotebooksFolder()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("beside.txt"), "found beside the notebook");
        var path = folder.File("cwd.ipynb");
        File.WriteAllText(path, """
            {"nbformat": 4, "nbformat_minor": 5, "metadata": {},
             "cells": [{"cell_type": "code", "id": "read", "metadata": {}, "execution_count": null, "outputs": [], "source": "System.IO.File.ReadAllText(\"beside.txt\")"}]}
            """);

        var run = await s_executor.RunAsync(NotebookReader.Read(path));

        Assert.True(run.Passed, string.Join("\n", run.Failures));
        Assert.Equal("found beside the notebook", PlainText(Cell(run, "read")));
    }

    [Fact]
    public async Task RunAsync_ReferenceAndLoad_ResolveRelativeToTheNotebooksFolder()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.File("lib"));
        EmitLibrary(folder.File(Path.Combine("lib", "Greeting.dll")), "namespace Fixture; public static class Greeting { public static string Hello(string name) => $\"Hello, {name}!\"; }");
        File.WriteAllText(folder.File("helpers.csx"), "string Shout(string text) => text.ToUpperInvariant();");
        var path = NotebookJson.Write(folder.File("refs.ipynb"), ("refs", "#r \"lib/Greeting.dll\"\n#load \"helpers.csx\"\nShout(Fixture.Greeting.Hello(\"learner\"))"));

        var run = await s_executor.RunAsync(NotebookReader.Read(path));

        Assert.True(run.Passed, string.Join("\n", run.Failures));
        Assert.Equal("HELLO, LEARNER!", PlainText(Cell(run, "refs")));
    }

    [Fact]
    public async Task RunAsync_ExecutedCopy_HasExecutionCountsAndTimesAndLeavesTheSourceAlone()
    {
        var path = Fixtures.PathOf("compile-error.ipynb");
        var before = File.ReadAllText(path);

        var run = await s_executor.RunAsync(NotebookReader.Read(path));

        Assert.Equal(before, File.ReadAllText(path));
        var cells = run.Executed["cells"]!.AsArray().Select(c => c!).ToList();
        Assert.Equal([1, 2, 3], cells.Select(c => (int?)c["execution_count"]));
        foreach (var cell in cells)
        {
            var execution = cell["metadata"]!["execution"]!;
            var started = DateTimeOffset.Parse((string)execution["iopub.execute_input"]!);
            var ended = DateTimeOffset.Parse((string)execution["shell.execute_reply"]!);
            Assert.True(ended >= started);
        }
    }

    [Fact]
    public async Task RunAsync_CellsCompletedCallback_IsCalledOncePerCSharpCell()
    {
        var seen = new List<string?>();

        await s_executor.RunAsync(NotebookReader.Read(Fixtures.PathOf("hang.ipynb")), cell => seen.Add(cell.Id));

        Assert.Equal(["before", "hangs", "never"], seen);
    }

    [Fact]
    public async Task RunAsync_RawStandardOutputAndChildProcesses_BecomeTheCellsStdout()
    {
        using var folder = new TempFolder();
        var path = NotebookJson.Write(
            folder.File("raw.ipynb"),
            ("raw", "var raw = Console.OpenStandardOutput();\nraw.Write(Encoding.UTF8.GetBytes(\"raw text, no newline\"));\nraw.Flush();"),
            ("child", "System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo(\"echo\", \"from a child process\") { UseShellExecute = false })!.WaitForExit();\nSystem.Threading.Thread.Sleep(200);"),
            ("after", "1 + 1"));

        var run = await s_executor.RunAsync(NotebookReader.Read(path));

        Assert.True(run.Passed, string.Join("\n", run.Failures));
        Assert.Equal("raw text, no newline", Stdout(Cell(run, "raw")));
        Assert.Equal("from a child process\n", Stdout(Cell(run, "child")));
        Assert.Equal("2", PlainText(Cell(run, "after")));
    }

    [Fact]
    public async Task RunAsync_ConsoleReadLine_GetsEndOfInputInsteadOfHanging()
    {
        using var folder = new TempFolder();
        var path = NotebookJson.Write(folder.File("read.ipynb"), ("read", "Console.ReadLine() is null"));

        var run = await s_executor.RunAsync(NotebookReader.Read(path));

        Assert.Equal("True", PlainText(Cell(run, "read")));
    }

    [Fact]
    public async Task RunAsync_ConsoleOutputFromATaskAfterItsCellEnded_IsDroppedAsTheKernelDropsIt()
    {
        using var folder = new TempFolder();
        var path = NotebookJson.Write(
            folder.File("late.ipynb"),
            ("start", "var go = new TaskCompletionSource();\nvar background = Task.Run(async () => { await go.Task; Console.WriteLine(\"written late\"); });"),
            ("release", "go.SetResult();\nbackground.Wait();"));

        var run = await s_executor.RunAsync(NotebookReader.Read(path));

        Assert.True(run.Passed, string.Join("\n", run.Failures));
        Assert.Empty(Cell(run, "start")["outputs"]!.AsArray());
        Assert.Empty(Cell(run, "release")["outputs"]!.AsArray());
    }

    [Fact]
    public async Task RunAsync_ManyLinesOfOutput_AllArriveInOneStream()
    {
        using var folder = new TempFolder();
        var path = NotebookJson.Write(folder.File("lines.ipynb"), ("print", "for (var i = 0; i < 20_000; i++) { Console.WriteLine(i); }"));

        var run = await s_executor.RunAsync(NotebookReader.Read(path));

        var text = Stdout(Cell(run, "print"));
        Assert.Equal(string.Concat(Enumerable.Range(0, 20_000).Select(i => $"{i}\n")), text);
    }

    [Fact]
    public async Task RunAsync_ValueThatThrowsWhenShown_FailsThatCellOnly()
    {
        using var folder = new TempFolder();
        var path = NotebookJson.Write(
            folder.File("lazy.ipynb"),
            ("lazy", "Enumerable.Range(0, 3).Select(i => 10 / (i - i))"),
            ("alive", "\"still running\""));

        var run = await s_executor.RunAsync(NotebookReader.Read(path));

        var failure = Assert.Single(run.Failures);
        Assert.Equal("lazy", failure.Cell?.Id);
        Assert.StartsWith("System.Reflection.TargetInvocationException", failure.Message);
        Assert.Contains("System.DivideByZeroException: Attempted to divide by zero.", (string?)Cell(run, "lazy")["outputs"]![0]!["evalue"]);
        Assert.Equal("still running", PlainText(Cell(run, "alive")));
    }

    [Fact]
    public async Task RunAsync_Cancelled_StopsTheWorkerAndThrows()
    {
        using var folder = new TempFolder();
        var pidFile = folder.File("worker.pid");
        var path = NotebookJson.Write(
            folder.File("cancel.ipynb"),
            ("hang", "System.IO.File.WriteAllText(\"worker.pid\", Environment.ProcessId.ToString());\nSystem.Threading.Thread.Sleep(System.Threading.Timeout.Infinite);"));
        using var cancel = new CancellationTokenSource();

        var running = s_executor.RunAsync(NotebookReader.Read(path), cancellation: cancel.Token);
        while (!File.Exists(pidFile) || new FileInfo(pidFile).Length == 0)
        {
            Assert.False(running.IsCompleted, "The notebook ended before it started hanging.");
            await Task.Delay(50);
        }

        var pid = int.Parse(File.ReadAllText(pidFile));
        cancel.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running);
        Assert.True(HasExited(pid), $"The worker {pid} is still running after cancellation.");
    }

    private static void EmitLibrary(string path, string source)
    {
        var framework = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var compilation = CSharpCompilation.Create(
            Path.GetFileNameWithoutExtension(path),
            [CSharpSyntaxTree.ParseText(source)],
            [MetadataReference.CreateFromFile(typeof(object).Assembly.Location), MetadataReference.CreateFromFile(Path.Combine(framework, "System.Runtime.dll"))],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var emitted = compilation.Emit(path);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
    }

    private static bool HasExited(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return process.WaitForExit(TimeSpan.FromSeconds(5));
        }
        catch (ArgumentException)
        {
            return true;
        }
    }

    private static string Stdout(JsonObject cell) => string.Concat(cell["outputs"]!.AsArray()
        .Where(o => (string?)o!["name"] == "stdout")
        .Select(o => MultilineText.Read(o!["text"])));

    private static Task<NotebookRun> RunFixtureAsync(string name) => s_executor.RunAsync(NotebookReader.Read(Fixtures.PathOf(name)));

    private static JsonObject Cell(NotebookRun run, string id) =>
        run.Executed["cells"]!.AsArray().Select(c => c!.AsObject()).Single(c => (string?)c["id"] == id);

    /// <summary>The cell's value as text: its plain text, or the text the kernel's HTML shows for a plain value (a number, null).</summary>
    private static string? PlainText(JsonObject cell)
    {
        var data = cell["outputs"]!.AsArray().Single(o => (string?)o!["output_type"] == "execute_result")!["data"]!;
        if (data["text/plain"] is { } text)
        {
            return MultilineText.Read(text);
        }

        var html = MultilineText.Read(data["text/html"])!;
        return System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(html, "^<div class=\"dni-plaintext\"><pre>(.*?)</pre></div>").Groups[1].Value);
    }
}
