using System.Text.Json.Nodes;
using System.Globalization;
using Calculus.Live;
using Calculus.Live.Kernel;

namespace Live.Tests;

/// <summary>
/// The live session against what the .NET Interactive kernel does with the same cells: the runner's fixtures
/// (tests/Runner.Tests/Fixtures: kernel-parity, formatters, runtime-error-keeps-state) and everyday C# in cells.
/// </summary>
[Collection(LiveCollection.Name)]
public sealed class KernelParityTests
{
    /// <summary>formatters.ipynb's first cell: the convention's attribute and a formatter, declared in the notebook.</summary>
    private const string ConventionCell = """
        using System.IO;

        [AttributeUsage(AttributeTargets.Class)]
        class TypeFormatterSourceAttribute : Attribute
        {
            public TypeFormatterSourceAttribute(Type formatterSourceType) => FormatterSourceType = formatterSourceType;
            public Type FormatterSourceType { get; }
            public string[] PreferredMimeTypes { get; set; }
        }

        class MimeFormatter
        {
            private readonly Func<object, string> _render;
            public MimeFormatter(string mimeType, Func<object, string> render) { MimeType = mimeType; _render = render; }
            public string MimeType { get; }
            public bool Format(object instance, TextWriter writer) { writer.Write(_render(instance)); return true; }
        }
        """;

    /// <summary>formatters.ipynb's Fraction cell: a formatter source with HTML only and no preferred mime types.</summary>
    private const string FractionCell = """
        [TypeFormatterSource(typeof(FractionFormatters))]
        record Fraction(int Numerator, int Denominator);

        class FractionFormatters
        {
            public IEnumerable CreateTypeFormatters() => new object[]
            {
                new MimeFormatter("text/html", f => $"<span class=\"fraction\">{((Fraction)f).Numerator}&frasl;{((Fraction)f).Denominator}</span>"),
            };
        }

        new Fraction(1, 2)
        """;

    /// <summary>formatters.ipynb's Figure cell: preferred mime types, Plotly first, shown with <c>display</c>.</summary>
    private const string FigureCell = """
        [TypeFormatterSource(typeof(FigureFormatters), PreferredMimeTypes = new[] { "application/vnd.plotly.v1+json", "text/html" })]
        class Figure { public double[] X = [1, 2, 3]; public double[] Y = [1, 4, 9]; }

        class FigureFormatters
        {
            public IEnumerable CreateTypeFormatters() => new object[]
            {
                new MimeFormatter("application/vnd.plotly.v1+json", f => "{\"data\":[{\"type\":\"scatter\",\"x\":[1,2,3],\"y\":[1,4,9]}],\"layout\":{}}"),
                new MimeFormatter("text/html", f => "<div class=\"figure\">a figure</div>"),
            };
        }

        display(new Figure());
        """;

    private static async Task<JsonObject> Run(LiveSession session, string code, int timeLimit = 5000) =>
        JsonNode.Parse(await session.RunCellAsync(code, timeLimit))!.AsObject();

    private static Task<LiveSession> Start() => LiveSession.StartAsync(Path.Combine(Path.GetTempPath(), "live-tests-course"));

    private static JsonObject OnlyOutput(JsonObject result)
    {
        Assert.True((bool)result["ok"]!, result.ToJsonString());
        return Assert.Single(result["outputs"]!.AsArray())!.AsObject();
    }

    private static string? PlainText(JsonObject result) => (string?)OnlyOutput(result)["data"]![ValueFormatter.PlainText];

    [Fact]
    public async Task RunCellAsync_DelegateReturningATuple_FailsAsTheKernelsParserDoes()
    {
        var session = await Start();
        await Run(session, "var product = Enumerable.Range(1, 5).Aggregate(1, (a, b) => a * b);");

        var rejected = await Run(session, "delegate (double X, double Y, double Alpha) StepRule(double x, double y);");

        Assert.False((bool)rejected["ok"]!);
        var error = Assert.Single(rejected["outputs"]!.AsArray())!;
        Assert.Equal("error", (string?)error["output_type"]);
        Assert.StartsWith("(1,45): error CS1514: { expected", (string?)error["evalue"]);
        Assert.Equal("120", PlainText(await Run(session, "product.ToString()")));
    }

    [Fact]
    public async Task RunCellAsync_FormatterSourceWithoutPreferredMimeTypes_ShowsOnlyHtml()
    {
        var session = await Start();
        Assert.True((bool)(await Run(session, ConventionCell))["ok"]!);

        var fraction = OnlyOutput(await Run(session, FractionCell));

        Assert.Equal("execute_result", (string?)fraction["output_type"]);
        var data = fraction["data"]!.AsObject();
        Assert.Equal(["text/html"], data.Select(entry => entry.Key));
        Assert.Equal("<span class=\"fraction\">1&frasl;2</span>", (string?)data["text/html"]);
    }

    [Fact]
    public async Task RunCellAsync_DisplayWithPreferredMimeTypes_ShowsPlotlyAndHtmlInOneOutput()
    {
        var session = await Start();
        Assert.True((bool)(await Run(session, ConventionCell))["ok"]!);

        var result = await Run(session, FigureCell);
        var figure = OnlyOutput(result);

        Assert.Equal("display_data", (string?)figure["output_type"]);
        var data = figure["data"]!.AsObject();
        Assert.Equal(["application/vnd.plotly.v1+json", "text/html"], data.Select(entry => entry.Key));
        var plotly = JsonNode.Parse((string)data["application/vnd.plotly.v1+json"]!)!;
        Assert.Equal("scatter", (string?)plotly["data"]![0]!["type"]);
        Assert.Equal("<div class=\"figure\">a figure</div>", (string?)data["text/html"]);
        Assert.Contains("class=\"plotly-figure\"", (string?)Assert.Single(result["html"]!.AsArray()));
    }

    [Fact]
    public async Task RunCellAsync_RuntimeErrorAfterAnAssignment_KeepsTheAssignment()
    {
        var session = await Start();

        var thrown = await Run(session, "var assigned = 42;\nthrow new InvalidOperationException(\"thrown after assigning\");");

        Assert.False((bool)thrown["ok"]!);
        var error = Assert.Single(thrown["outputs"]!.AsArray())!;
        Assert.Equal("InvalidOperationException", (string?)error["ename"]);
        Assert.Equal("thrown after assigning", (string?)error["evalue"]);
        Assert.Equal("System.InvalidOperationException: thrown after assigning", (string?)error["traceback"]![0]);
        Assert.Equal("42", PlainText(await Run(session, "assigned")));
    }

    [Fact]
    public async Task RunCellAsync_TopLevelAwait_ThenAValue_ShowsTheValue()
    {
        var session = await Start();

        var result = await Run(session, "await Task.Delay(10);\n\"after the delay\"");

        Assert.Equal("after the delay", PlainText(result));
    }

    [Fact]
    public async Task RunCellAsync_AwaitedValue_IsTheResult()
    {
        var session = await Start();

        Assert.Equal("6", PlainText(await Run(session, "async Task<int> Later(int n) { await Task.Delay(1); return 2 * n; }\nawait Later(3)")));
    }

    [Fact]
    public async Task RunCellAsync_Linq_ShowsTheSequenceAsTheKernelsPlainText()
    {
        var session = await Start();

        var result = await Run(session, "Enumerable.Range(1, 10).Where(n => n % 2 == 0).Select(n => n * n)");

        Assert.Equal("[ 4, 16, 36, 64, 100 ]", PlainText(result));
    }

    [Fact]
    public async Task RunCellAsync_InterpolationWithAFormat_FormatsTheNumber()
    {
        // The browser runs in the invariant culture (InvariantGlobalization); the formats are what the test is about.
        var saved = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        try
        {
            var session = await Start();

            var result = await Run(session, "var x = Math.PI;\n$\"pi is about {x:F3}, {255:X2}, {x,8:0.0}|\"");

            Assert.Equal("pi is about 3.142, FF,      3.1|", PlainText(result));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public async Task RunCellAsync_RecordDeclaredInOneCell_IsUsedInTheNext()
    {
        var session = await Start();
        Assert.True((bool)(await Run(session, "record Point(double X, double Y)\n{\n    public double Norm => Math.Sqrt(X * X + Y * Y);\n}"))["ok"]!);

        var result = await Run(session, "var p = new Point(3, 4) with { Y = 4 };\np.Norm");

        Assert.Equal("5", PlainText(result));
        Assert.Equal("Point { X = 3, Y = 4, Norm = 5 }", PlainText(await Run(session, "p")));
    }

    [Fact]
    public async Task RunCellAsync_VoidCallAsTheLastExpression_ShowsOnlyWhatItPrinted()
    {
        var session = await Start();

        var output = OnlyOutput(await Run(session, "Console.WriteLine(\"printed\")"));

        Assert.Equal("stream", (string?)output["output_type"]);
    }

    [Fact]
    public async Task RunCellAsync_ExpressionBodiedStubThatThrows_CompilesAndThrowsWhenCalled()
    {
        // The exercise stubs' shape: a method whose body is a throw expression.
        var session = await Start();
        Assert.True((bool)(await Run(session, "double Slope(double x) => throw new NotImplementedException(\"Student exercise: the slope\");\nvoid Check() => throw new InvalidOperationException(\"unchecked\");"))["ok"]!);

        var called = await Run(session, "Slope(1)");

        Assert.False((bool)called["ok"]!);
        Assert.Equal("NotImplementedException", (string?)called["outputs"]![0]!["ename"]);
        Assert.Equal("InvalidOperationException", (string?)(await Run(session, "Check();"))["outputs"]![0]!["ename"]);
    }

    [Fact]
    public async Task RunCellAsync_NestedLocalFunctionsWithGuards_RunAndRecurse()
    {
        var session = await Start();

        var result = await Run(session, "int Fib(int k)\n{\n    int Step(int m) => m < 2 ? m : Step(m - 1) + Step(m - 2);\n    return Step(k);\n}\nFib(20)");

        Assert.Equal("6765", PlainText(result));
    }

    [Fact]
    public async Task RunCellAsync_LongLoopUnderTheLimit_Finishes()
    {
        var session = await Start();

        var result = await Run(session, "var sum = 0L;\nfor (var i = 0; i < 1_000_000; i++) { sum += i; }\nsum", timeLimit: 10_000);

        Assert.Equal("499999500000", PlainText(result));
    }
}
