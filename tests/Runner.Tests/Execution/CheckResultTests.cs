using Runner.Execution;
using Runner.Notebooks;
using Runner.Tests.TestSupport;

namespace Runner.Tests.Execution;

/// <summary>A cell that displays a failing exercise check (the library's CheckResult mime type) fails, with no stack trace needed.</summary>
public sealed class CheckResultTests
{
    private const string CheckType = """
        [TypeFormatterSource(typeof(CheckFormatters), PreferredMimeTypes = new[] { "application/vnd.calculus.check-result+json" })]
        class Check { public bool Passed; public string Title = ""; }
        [AttributeUsage(AttributeTargets.Class)]
        class TypeFormatterSourceAttribute : Attribute { public TypeFormatterSourceAttribute(Type t) => FormatterSourceType = t; public Type FormatterSourceType { get; } public string[] PreferredMimeTypes { get; set; } }
        class CheckFormatter { public string MimeType => "application/vnd.calculus.check-result+json"; public bool Format(object o, System.IO.TextWriter w) { var c = (Check)o; w.Write($"{{\"passed\":{(c.Passed ? "true" : "false")},\"title\":\"{c.Title}\"}}"); return true; } }
        class CheckFormatters { public IEnumerable CreateTypeFormatters() => new object[] { new CheckFormatter() }; }
        """;

    [Fact]
    public async Task RunAsync_FailedCheckDisplayed_FailsTheCellNamingTheCheck()
    {
        using var folder = new TempFolder();
        var path = NotebookJson.Write(
            folder.File("checks.ipynb"),
            ("types", CheckType),
            ("passing", "new Check { Passed = true, Title = \"Exercise 1.1\" }"),
            ("failing", "new Check { Passed = false, Title = \"Exercise 1.2\" }"));

        var run = await new NotebookExecutor(TimeSpan.FromSeconds(60)).RunAsync(NotebookReader.Read(path));

        var failure = Assert.Single(run.Failures);
        Assert.Equal("failing", failure.Cell?.Id);
        Assert.Equal("check failed: Exercise 1.2", failure.Message);
    }
}
