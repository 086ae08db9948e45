using System.Reflection;
using Runner.Engine;
using Runner.Tests.TestSupport;

namespace Runner.Tests.Engine;

/// <summary>
/// The kernel the runner hosts, as a cell sees it. These facts were measured in the dotnet-interactive tool 1.0.712001
/// (VS Code and Jupyter's kernel); the runner must show the same, because it is the same kernel.
/// </summary>
[Collection(KernelCollection.Name)]
public sealed class KernelSessionTests : IDisposable
{
    private readonly KernelSession _session = new();

    public void Dispose() => _session.Dispose();

    [Fact]
    public async Task ExecuteAsync_VariablesFunctionsAndUsings_PersistAcrossCells()
    {
        await RunAsync("using System.Globalization;\nvar counter = 20;\nint Twice(int n) => 2 * n;");

        var (result, sink) = await RunAsync("counter += 1;\nTwice(counter).ToString(CultureInfo.InvariantCulture)");

        Assert.True(result.Succeeded, result.Error?.EValue);
        Assert.Equal("42", Value(sink, "text/plain"));
    }

    [Fact]
    public async Task ExecuteAsync_RuntimeException_KeepsVariablesAssignedBeforeTheThrow()
    {
        var (failed, _) = await RunAsync("var assigned = 7;\nthrow new InvalidOperationException(\"after assigning\");");
        var (result, sink) = await RunAsync("(assigned * 6).ToString()");

        Assert.False(failed.Succeeded);
        Assert.True(result.Succeeded, result.Error?.EValue);
        Assert.Equal("42", Value(sink, "text/plain"));
    }

    [Fact]
    public async Task ExecuteAsync_RuntimeException_IsTheCellsErrorWithTheExceptionAndItsStackTrace()
    {
        var (result, sink) = await RunAsync("var a = 1;\nthrow new InvalidOperationException(\"boom\");");

        var error = Assert.IsType<ErrorOutput>(sink.Outputs.Single());
        Assert.Same(error, result.Error);
        Assert.Equal("Error", error.EName);
        Assert.StartsWith("System.InvalidOperationException: boom\n   at Submission#", error.EValue);
        Assert.Equal(error.EValue, string.Concat(error.Traceback));
    }

    [Fact]
    public async Task ExecuteAsync_CompileError_ReportsTheDiagnosticWithItsLineAndColumnInTheCell()
    {
        var (result, _) = await RunAsync("var ok = 1;\nvar bad = undefinedName + ok;");

        Assert.Equal(2, result.Error?.Line);
        Assert.Equal("(2,11): error CS0103: The name 'undefinedName' does not exist in the current context", result.Error?.EValue);
    }

    [Fact]
    public async Task ExecuteAsync_CompileError_LeavesStateUnchanged()
    {
        await RunAsync("var kept = 5;");
        var (failed, _) = await RunAsync("kept = 6;\nthis does not compile");
        var (result, sink) = await RunAsync("kept.ToString()");

        Assert.False(failed.Succeeded);
        Assert.True(result.Succeeded, result.Error?.EValue);
        Assert.Equal("5", Value(sink, "text/plain"));
    }

    [Fact]
    public async Task ExecuteAsync_TopLevelDelegateWithATupleReturn_IsRejectedByTheKernelsParserAsInVSCode()
    {
        var (result, _) = await RunAsync("delegate (double X, double Y) Step(double x);");

        Assert.Equal(1, result.Error?.Line);
        Assert.StartsWith("(1,31): error CS1514: { expected", result.Error?.EValue);
    }

    [Theory]
    [InlineData("1 + 1", true)]
    [InlineData("1 + 1;", false)]
    [InlineData("var x = 3;\nx", true)]
    [InlineData("Console.Write(\"\")", false)]
    [InlineData("var x = 3;", false)]
    [InlineData("// a comment only", false)]
    public async Task ExecuteAsync_LastExpressionWithoutSemicolon_IsTheCellsValueUnlessVoid(string code, bool hasValue)
    {
        var (_, sink) = await RunAsync(code);

        Assert.Equal(hasValue, sink.Outputs.OfType<ResultOutput>().Any());
    }

    [Fact]
    public async Task ExecuteAsync_NumberValue_IsHtmlOnlyAsTheBrowserFrontEndsFormatIt()
    {
        var (_, sink) = await RunAsync("6 * 7");

        var result = Assert.IsType<ResultOutput>(sink.Outputs.Single());
        Assert.Equal(["text/html"], result.Data.Keys);
        Assert.Contains("<pre>42</pre>", result.Data["text/html"]);
    }

    [Fact]
    public async Task ExecuteAsync_ConsoleAndDisplay_ArePublishedInOrderAsStreamsAndDisplays()
    {
        var (_, sink) = await RunAsync("Console.WriteLine(\"first\");\nConsole.Error.WriteLine(\"warning\");\nConsole.Write(\"no newline\");\ndisplay(\"shown\");\nConsole.WriteLine(\"last\");");

        var outputs = sink.Outputs;
        Assert.Equal(new StreamOutput("stdout", "first\n"), outputs[0]);
        Assert.Equal(new StreamOutput("stderr", "warning\n"), outputs[1]);
        Assert.Equal(new StreamOutput("stdout", "no newline"), outputs[2]);
        Assert.Equal("shown", Assert.IsType<DisplayOutput>(outputs[3]).Data["text/plain"]);
        Assert.Equal(new StreamOutput("stdout", "last\n"), outputs[4]);
    }

    [Fact]
    public async Task ExecuteAsync_DisplayWithMimeTypes_CarriesOnlyThoseMimeTypes()
    {
        var (_, sink) = await RunAsync("display(12, \"text/plain\");");

        Assert.Equal(["text/plain"], sink.Displays.Single().Data.Keys);
    }

    [Fact]
    public async Task ExecuteAsync_DisplayedValue_HasAnIdThatItsUpdatesCarry()
    {
        var (_, sink) = await RunAsync("var shown = display(\"first\");\nshown.Update(\"second\");");

        var display = sink.Displays.Single();
        var update = Assert.IsType<DisplayUpdate>(sink.Outputs[1]);
        Assert.False(string.IsNullOrEmpty(display.DisplayId));
        Assert.Equal("second", update.Data["text/plain"]);
    }

    [Fact]
    public async Task ExecuteAsync_DefaultImports_AreTheKernelsSix()
    {
        var (imported, _) = await RunAsync("new StringBuilder().Append(new List<int> { 1 }.First()).ToString() + Task.CompletedTask.IsCompleted + new ArrayList().Count");
        var (notImported, _) = await RunAsync("var regex = new Regex(\"a+\");");

        Assert.True(imported.Succeeded, imported.Error?.EValue);
        Assert.Contains("error CS0246: The type or namespace name 'Regex' could not be found", notImported.Error?.EValue);
    }

    [Fact]
    public async Task ExecuteAsync_KernelSelectorLine_RunsTheRestAsCSharpAndTheErrorsLineIsTheCells()
    {
        var (result, _) = await RunAsync("#!csharp\nvar a = 1;\nvar b = missing;");

        // The kernel's diagnostics count lines in the cell; its message counts them in the C# after the selector line.
        Assert.Equal(3, result.Error?.Line);
        Assert.StartsWith("(2,9): error CS0103", result.Error?.EValue);
    }

    [Fact]
    public async Task ExecuteAsync_TimeMagicCommand_RunsTheCellAndShowsItsWallTime()
    {
        var (result, sink) = await RunAsync("#!time\nvar timed = 6 * 7;\nConsole.WriteLine(timed);");

        Assert.True(result.Succeeded, result.Error?.EValue);
        Assert.Equal("42\n", sink.Stdout);
        Assert.Matches(@"^Wall time: \d+(\.\d+)?ms$", sink.Displays.Single().Data["text/plain"]);
    }

    [Fact]
    public async Task ExecuteAsync_WhoMagicCommand_ListsTheVariables()
    {
        await RunAsync("var alpha = 1;\nvar beta = \"two\";");

        var (result, sink) = await RunAsync("#!who");

        Assert.True(result.Succeeded, result.Error?.EValue);
        var html = sink.Displays.Single().Data["text/html"];
        Assert.Contains("alpha", html);
        Assert.Contains("beta", html);
    }

    [Fact]
    public async Task ExecuteAsync_UnknownMagicCommand_IsTheKernelsErrorOnItsLine()
    {
        var (result, _) = await RunAsync("var a = 1;\n#!nosuchmagic\nvar b = 2;");

        Assert.Equal(2, result.Error?.Line);
        Assert.Contains("error DNI101: Unknown magic command '#!nosuchmagic'", result.Error?.EValue);
    }

    [Fact]
    public async Task ExecuteAsync_ConventionFormatterWithPreferredMimeTypes_GivesOneOutputCarryingThoseMimeTypes()
    {
        await RunAsync(ConventionTypes);

        var (result, sink) = await RunAsync("new Plotted()");

        Assert.True(result.Succeeded, result.Error?.EValue);
        var data = Assert.IsType<ResultOutput>(sink.Outputs.Single()).Data;
        Assert.Equal(["application/vnd.plotly.v1+json", "text/html"], data.Keys.Order());
        Assert.Equal("{\"data\":[]}", data["application/vnd.plotly.v1+json"]);
        Assert.Equal("<div>plotted</div>", data["text/html"]);
    }

    [Fact]
    public async Task ExecuteAsync_ConventionFormatterWithoutPreferredMimeTypes_GivesHtmlOnly()
    {
        await RunAsync(ConventionTypes);

        var (_, sink) = await RunAsync("display(new Unpreferred());");

        Assert.Equal(["text/html"], sink.Displays.Single().Data.Keys);
    }

    [Fact]
    public async Task ExecuteAsync_ValueThatThrowsWhenShown_IsTheCellsErrorAndTheKernelGoesOn()
    {
        var (result, _) = await RunAsync("class Odd { public override string ToString() => throw new FormatException(\"no text for Odd\"); }\nnew Odd().ToString()");
        var (next, sink) = await RunAsync("\"still alive\"");

        Assert.StartsWith("System.FormatException: no text for Odd", result.Error?.EValue);
        Assert.True(next.Succeeded, next.Error?.EValue);
        Assert.Equal("still alive", Value(sink, "text/plain"));
    }

    [Fact]
    public async Task ExecuteAsync_ErrorAfterPartialLine_KeepsTheTextBeforeTheError()
    {
        var (_, sink) = await RunAsync("Console.Write(\"partial\");\nthrow new Exception(\"then a throw\");");

        Assert.Equal(new StreamOutput("stdout", "partial"), sink.Outputs[0]);
        Assert.IsType<ErrorOutput>(sink.Outputs[1]);
    }

    [Fact]
    public async Task WarmUpAsync_CompilesRunsAndFormatsWithTheKernelsCompiler()
    {
        // The worker does not wait for the warm-up, so a warm-up that stopped throwing would go unnoticed there.
        await KernelSession.WarmUpAsync();
    }

    [Fact]
    public void KernelCompiler_IsRoslyn500_TheKernelsOwnNotAPinnedOne()
    {
        var roslyn = typeof(Microsoft.CodeAnalysis.CSharp.CSharpCompilation).Assembly;
        var kernel = typeof(Microsoft.DotNet.Interactive.CSharp.CSharpKernel).Assembly;

        Assert.Equal(new Version(5, 0, 0, 0), roslyn.GetName().Version);
        Assert.Equal("1.0.26.12001", kernel.GetCustomAttribute<AssemblyFileVersionAttribute>()?.Version);
    }

    /// <summary>Two types carrying formatters by the kernel's convention (no kernel package), one naming its preferred mime types.</summary>
    private const string ConventionTypes = """
        using System.IO;

        class TypeFormatterSourceAttribute : Attribute
        {
            public TypeFormatterSourceAttribute(Type formatterSourceType) => FormatterSourceType = formatterSourceType;
            public Type FormatterSourceType { get; }
            public string[] PreferredMimeTypes { get; set; }
        }

        class MimeFormatter
        {
            private readonly string _text;
            public MimeFormatter(string mimeType, string text) { MimeType = mimeType; _text = text; }
            public string MimeType { get; }
            public bool Format(object instance, TextWriter writer) { writer.Write(_text); return true; }
        }

        class PlottedFormatters
        {
            public IEnumerable CreateTypeFormatters() => new object[]
            {
                new MimeFormatter("application/vnd.plotly.v1+json", "{\"data\":[]}"),
                new MimeFormatter("text/html", "<div>plotted</div>"),
            };
        }

        [TypeFormatterSource(typeof(PlottedFormatters), PreferredMimeTypes = new[] { "application/vnd.plotly.v1+json", "text/html" })]
        class Plotted { }

        [TypeFormatterSource(typeof(PlottedFormatters))]
        class Unpreferred { }
        """;

    private async Task<(CellResult Result, RecordingSink Sink)> RunAsync(string code)
    {
        var sink = new RecordingSink();
        var result = await _session.ExecuteAsync(code, sink);
        return (result, sink);
    }

    private static string Value(RecordingSink sink, string mimeType) => sink.Outputs.OfType<ResultOutput>().Single().Data[mimeType];
}
