using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Runner.Engine;
using Runner.Tests.TestSupport;

namespace Runner.Tests.Engine;

public sealed class ScriptSessionTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly ScriptSession _session;
    private readonly List<RecordingSink> _sinks = [];
    private int _cell;

    public ScriptSessionTests()
    {
        _session = new ScriptSession(_folder.Path);
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task ExecuteAsync_VariablesFunctionsAndUsings_PersistAcrossCells()
    {
        await RunAsync("using System.Globalization;\nvar counter = 20;\nint Twice(int n) => 2 * n;");

        var (result, sink) = await RunAsync("counter += 1;\nTwice(counter).ToString(CultureInfo.InvariantCulture)");

        Assert.True(result.Succeeded);
        Assert.Equal("42", PlainText(sink.Displays.Single()));
    }

    [Fact]
    public async Task ExecuteAsync_RuntimeException_KeepsVariablesAssignedBeforeTheThrow()
    {
        var (failed, _) = await RunAsync("var assigned = 7;\nthrow new InvalidOperationException(\"after assigning\");");
        var (result, sink) = await RunAsync("assigned * 6");

        Assert.False(failed.Succeeded);
        Assert.True(result.Succeeded);
        Assert.Equal("42", PlainText(sink.Displays.Single()));
    }

    [Fact]
    public async Task ExecuteAsync_RuntimeException_ReportsTheExceptionAndItsLineInTheCell()
    {
        var (result, sink) = await RunAsync("var a = 1;\nvar b = 2;\nthrow new InvalidOperationException(\"boom\");");

        var error = Assert.IsType<ErrorOutput>(sink.Outputs.Single());
        Assert.Same(error, result.Error);
        Assert.Equal("Error", error.EName);
        Assert.StartsWith("System.InvalidOperationException: boom", error.EValue);
        Assert.Equal(3, error.Line);
        Assert.Equal(error.EValue, string.Concat(error.Traceback));
    }

    [Fact]
    public async Task ExecuteAsync_CompileError_ReportsDiagnosticWithLineAndColumnInTheCell()
    {
        var (result, _) = await RunAsync("var ok = 1;\nvar bad = undefinedName + ok;");

        Assert.NotNull(result.Error);
        Assert.Equal(2, result.Error.Line);
        Assert.Equal("(2,11): error CS0103: The name 'undefinedName' does not exist in the current context", result.Error.EValue);
    }

    [Fact]
    public async Task ExecuteAsync_CompileError_LeavesStateUnchanged()
    {
        await RunAsync("var kept = 5;");
        var (failed, _) = await RunAsync("kept = 6;\nthis does not compile");
        var (result, sink) = await RunAsync("kept");

        Assert.False(failed.Succeeded);
        Assert.True(result.Succeeded);
        Assert.Equal("5", PlainText(sink.Displays.Single()));
    }

    [Theory]
    [InlineData("1 + 1", true)]
    [InlineData("1 + 1;", false)]
    [InlineData("var x = 3;\nx", true)]
    [InlineData("Console.Write(\"\")", false)]
    [InlineData("var x = 3;", false)]
    [InlineData("// a comment only", false)]
    public async Task ExecuteAsync_LastExpressionWithoutSemicolon_IsDisplayedUnlessVoid(string code, bool displayed)
    {
        var (_, sink) = await RunAsync(code);

        Assert.Equal(displayed, sink.Displays.Any());
    }

    [Fact]
    public async Task ExecuteAsync_NullLastExpression_DisplaysNull()
    {
        var (_, sink) = await RunAsync("(string?)null");

        Assert.Equal("<null>", PlainText(sink.Displays.Single()));
    }

    [Fact]
    public async Task ExecuteAsync_ConsoleAndDisplay_ArePublishedInOrderAsStreamsAndDisplays()
    {
        var (_, sink) = await RunAsync("Console.WriteLine(\"first\");\nConsole.Error.WriteLine(\"warning\");\nConsole.Write(\"no newline\");\ndisplay(\"shown\");\nConsole.WriteLine(\"last\");");

        var outputs = sink.Outputs;
        Assert.Equal(new StreamOutput("stdout", "first\n"), outputs[0]);
        Assert.Equal(new StreamOutput("stderr", "warning\n"), outputs[1]);
        Assert.Equal(new StreamOutput("stdout", "no newline"), outputs[2]);
        Assert.Equal("shown", PlainText(Assert.IsType<DisplayOutput>(outputs[3])));
        Assert.Equal(new StreamOutput("stdout", "last\n"), outputs[4]);
    }

    [Fact]
    public async Task ExecuteAsync_DisplayWithMimeTypes_KeepsOnlyThoseMimeTypes()
    {
        var (_, sink) = await RunAsync("display(12, \"text/plain\");");

        Assert.Equal(["text/plain"], sink.Displays.Single().Data.Keys);
    }

    [Fact]
    public async Task ExecuteAsync_DefaultImports_AreTheKernelsSixExactly()
    {
        var (imported, _) = await RunAsync("new StringBuilder().Append(new List<int> { 1 }.First()).ToString() + Task.CompletedTask.IsCompleted + new ArrayList().Count");
        var (notImported, _) = await RunAsync("var regex = new Regex(\"a+\");");

        Assert.True(imported.Succeeded, imported.Error?.EValue);
        Assert.Contains("error CS0246: The type or namespace name 'Regex' could not be found", notImported.Error?.EValue);
    }

    [Fact]
    public async Task ExecuteAsync_FrameworkAssemblies_AreAllReferenced()
    {
        var (result, sink) = await RunAsync(
            "System.Text.Json.JsonSerializer.Serialize(new[] { 1, 2 }) + \" \" + typeof(System.Net.Http.HttpClient).Name + \" \" + System.Numerics.Complex.ImaginaryOne.Imaginary");

        Assert.True(result.Succeeded, result.Error?.EValue);
        Assert.Equal("[1,2] HttpClient 1", PlainText(sink.Displays.Single()));
    }

    [Fact]
    public async Task ExecuteAsync_ReferenceAndLoad_ResolveRelativeToTheWorkingDirectory()
    {
        Directory.CreateDirectory(_folder.File("lib"));
        EmitLibrary(_folder.File(Path.Combine("lib", "Greeting.dll")), "namespace Fixture; public static class Greeting { public static string Hello(string name) => $\"Hello, {name}!\"; }");
        File.WriteAllText(_folder.File("helpers.csx"), "string Shout(string text) => text.ToUpperInvariant();");

        var (result, sink) = await RunAsync("#r \"lib/Greeting.dll\"\n#load \"helpers.csx\"\nShout(Fixture.Greeting.Hello(\"learner\"))");

        Assert.True(result.Succeeded, result.Error?.EValue);
        Assert.Equal("HELLO, LEARNER!", PlainText(sink.Displays.Single()));
    }

    [Fact]
    public async Task ExecuteAsync_KernelSelectorLine_IsIgnoredAndLineNumbersStay()
    {
        var (result, _) = await RunAsync("#!csharp\nvar a = 1;\nvar b = missing;");

        Assert.Equal(3, result.Error?.Line);
        Assert.StartsWith("(3,9): error CS0103", result.Error?.EValue);
    }

    [Fact]
    public async Task ExecuteAsync_MagicCommand_IsAnErrorNamingTheDirective()
    {
        var (result, _) = await RunAsync("var a = 1;\n#!time\nvar b = 2;");

        Assert.Equal(2, result.Error?.Line);
        Assert.Contains("#!time", result.Error?.EValue);
    }

    [Fact]
    public async Task ExecuteAsync_TwoSessionsAtOnce_DoNotSeeEachOthersConsoleOutput()
    {
        var other = new ScriptSession(_folder.Path);
        var sinkA = new RecordingSink();
        var sinkB = new RecordingSink();

        await Task.WhenAll(
            Task.Run(() => _session.ExecuteAsync("for (var i = 0; i < 200; i++) { Console.WriteLine(\"A\"); await Task.Yield(); }", "a", sinkA)),
            Task.Run(() => other.ExecuteAsync("for (var i = 0; i < 200; i++) { Console.WriteLine(\"B\"); await Task.Yield(); }", "b", sinkB)));

        Assert.Equal(string.Concat(Enumerable.Repeat("A\n", 200)), sinkA.Stdout);
        Assert.Equal(string.Concat(Enumerable.Repeat("B\n", 200)), sinkB.Stdout);
    }

    [Theory]
    [InlineData("class Odd { public override string ToString() => throw new FormatException(\"no text for Odd\"); }\nnew Odd()", "System.FormatException: no text for Odd")]
    [InlineData("var zero = 0;\nEnumerable.Range(0, 3).Select(i => 10 / (i - zero))", "System.DivideByZeroException")]
    public async Task ExecuteAsync_ValueThatThrowsWhenShown_IsTheCellsErrorAndTheSessionGoesOn(string code, string expected)
    {
        var (result, _) = await RunAsync(code);
        var (next, sink) = await RunAsync("\"still alive\"");

        Assert.StartsWith(expected, result.Error?.EValue);
        Assert.True(next.Succeeded);
        Assert.Equal("still alive", PlainText(sink.Displays.Single()));
    }

    [Fact]
    public async Task ExecuteAsync_TaskStartedByACell_KeepsWritingAndDisplayingToThatCell()
    {
        await RunAsync("var go = new TaskCompletionSource();\nvar background = Task.Run(async () => { await go.Task; Console.WriteLine(\"late line\"); display(\"late value\"); });");
        var starter = _sinks[^1];

        var (_, second) = await RunAsync("go.SetResult();\nbackground.Wait();");

        Assert.Equal("late line\n", starter.Stdout);
        Assert.Equal("late value", PlainText(starter.Displays.Single()));
        Assert.Empty(second.Outputs);
    }

    [Fact]
    public async Task ExecuteAsync_ErrorAfterPartialLine_KeepsTheTextBeforeTheError()
    {
        var (_, sink) = await RunAsync("Console.Write(\"partial\");\nthrow new Exception(\"then a throw\");");

        Assert.Equal(new StreamOutput("stdout", "partial"), sink.Outputs[0]);
        Assert.IsType<ErrorOutput>(sink.Outputs[1]);
    }

    private async Task<(CellResult Result, RecordingSink Sink)> RunAsync(string code)
    {
        var sink = new RecordingSink();
        _sinks.Add(sink);
        var result = await _session.ExecuteAsync(code, $"test[cell {++_cell}]", sink);
        return (result, sink);
    }

    private static string PlainText(DisplayOutput display) => display.Data["text/plain"];

    private static void EmitLibrary(string path, string source)
    {
        var compilation = CSharpCompilation.Create(
            Path.GetFileNameWithoutExtension(path),
            [CSharpSyntaxTree.ParseText(source)],
            [MetadataReference.CreateFromFile(typeof(object).Assembly.Location), MetadataReference.CreateFromFile(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "System.Runtime.dll"))],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var emitted = compilation.Emit(path);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
    }
}
