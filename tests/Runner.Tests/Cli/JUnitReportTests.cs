using System.Globalization;
using System.Xml.Linq;
using Runner.Cli;
using Runner.Tests.TestSupport;

namespace Runner.Tests.Cli;

/// <summary>The JUnit XML report, read back with System.Xml.Linq as a CI server would read it.</summary>
public sealed class JUnitReportTests : IDisposable
{
    private static readonly DateTimeOffset s_started = new(2025, 3, 14, 9, 26, 53, TimeSpan.FromHours(1));

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static JUnitTestCase Failing => new(
        "notebooks/01-slopes.ipynb",
        "notebooks",
        TimeSpan.FromSeconds(2.25),
        [
            "notebooks/01-slopes.ipynb, cell 3 (index 4, id 'a1'), line 2: (2,5): error CS0103: The name 'x' does not exist in the current context",
            "notebooks/01-slopes.ipynb, cell 5 (index 7, id 'b2'): check failed: expected 2, got 3",
        ]);

    private static JUnitTestCase Passing => new("notebooks/02-chain.ipynb", "notebooks", TimeSpan.FromSeconds(1.5), []);

    private static JUnitTestCase Unreadable => new("broken.ipynb", ".", TimeSpan.Zero, [], "broken.ipynb: not valid JSON at line 5, column 3");

    private static JUnitTestCase Skipped => new("notebooks/03-skipped.ipynb", "notebooks", TimeSpan.FromSeconds(0.5), [], Skipped: "every C# cell is tagged skip-execution");

    private static XDocument RoundTrip(IReadOnlyList<JUnitTestCase> cases, TimeSpan time) =>
        XDocument.Parse(JUnitReport.Serialize(JUnitReport.Build(cases, time, s_started)));

    private static int Count(XElement element, string name) => int.Parse((string)element.Attribute(name)!, CultureInfo.InvariantCulture);

    [Fact]
    public void Build_MixedResults_CountsEachKindInTheSuiteAndTheRoot()
    {
        var report = RoundTrip([Failing, Passing, Unreadable, Skipped], TimeSpan.FromSeconds(3.75));

        var root = report.Root!;
        var suite = Assert.Single(root.Elements("testsuite"));
        Assert.Equal("testsuites", root.Name.LocalName);
        Assert.Equal("runner", (string?)suite.Attribute("name"));
        foreach (var element in new[] { root, suite })
        {
            Assert.Equal(4, Count(element, "tests"));
            Assert.Equal(1, Count(element, "failures"));
            Assert.Equal(1, Count(element, "errors"));
            Assert.Equal(1, Count(element, "skipped"));
            Assert.Equal("3.750", (string?)element.Attribute("time"));
        }

        Assert.Equal("2025-03-14T08:26:53", (string?)suite.Attribute("timestamp"));
    }

    [Fact]
    public void Build_Cases_OneTestCasePerNotebookInInputOrderWithPathFolderAndTime()
    {
        var report = RoundTrip([Skipped, Failing, Unreadable, Passing], TimeSpan.FromSeconds(4));

        var cases = report.Descendants("testcase").ToList();
        Assert.Equal(
            ["notebooks/03-skipped.ipynb", "notebooks/01-slopes.ipynb", "broken.ipynb", "notebooks/02-chain.ipynb"],
            cases.Select(c => (string)c.Attribute("name")!));
        Assert.Equal(["notebooks", "notebooks", ".", "notebooks"], cases.Select(c => (string)c.Attribute("classname")!));
        Assert.Equal(["0.500", "2.250", "0.000", "1.500"], cases.Select(c => (string)c.Attribute("time")!));
    }

    [Fact]
    public void Build_FailingNotebook_MessageIsTheFirstFailureAndTheTextListsEveryFailure()
    {
        var report = RoundTrip([Failing, Passing], TimeSpan.FromSeconds(4));

        var cases = report.Descendants("testcase").ToList();
        var failure = Assert.Single(cases[0].Elements());
        Assert.Equal("failure", failure.Name.LocalName);
        Assert.Equal(Failing.Failures[0], (string?)failure.Attribute("message"));
        Assert.Equal(Failing.Failures, failure.Value.Split('\n'));
        Assert.Empty(cases[1].Elements());
    }

    [Fact]
    public void Build_UnreadableAndSkippedNotebooks_HaveAnErrorAndASkippedElement()
    {
        var report = RoundTrip([Unreadable, Skipped], TimeSpan.FromSeconds(1));

        var cases = report.Descendants("testcase").ToList();
        var error = Assert.Single(cases[0].Elements());
        Assert.Equal("error", error.Name.LocalName);
        Assert.Equal("broken.ipynb: not valid JSON at line 5, column 3", (string?)error.Attribute("message"));
        Assert.Equal("broken.ipynb: not valid JSON at line 5, column 3", error.Value);
        var skipped = Assert.Single(cases[1].Elements());
        Assert.Equal("skipped", skipped.Name.LocalName);
        Assert.Equal("every C# cell is tagged skip-execution", (string?)skipped.Attribute("message"));
    }

    [Fact]
    public void Serialize_MultilineFailure_MessageIsOneLineAndTheTextKeepsTheLines()
    {
        var failure = "a.ipynb, cell 1 (index 0, id 'x'): InvalidOperationException: first line\n  second line\r\nthird line";
        var report = RoundTrip([new JUnitTestCase("a.ipynb", ".", TimeSpan.FromSeconds(1), [failure])], TimeSpan.FromSeconds(1));

        var element = report.Descendants("failure").Single();
        Assert.Equal("a.ipynb, cell 1 (index 0, id 'x'): InvalidOperationException: first line second line third line", (string?)element.Attribute("message"));
        Assert.Contains("first line\n  second line", element.Value);
    }

    [Fact]
    public void Serialize_CharactersXmlCannotHold_AreReplacedAndTheReportStillParses()
    {
        // A colour code (ESC) and a NUL in an error message, and a lone surrogate: none of them may appear in XML 1.0.
        var failure = "a.ipynb, cell 1 (index 0, id 'x'): \u001b[31mred\u001b[0m \0 \ud800 and an emoji \ud83d\ude00 & <tags>";
        var report = RoundTrip([new JUnitTestCase("a.ipynb", ".", TimeSpan.FromSeconds(1), [failure])], TimeSpan.FromSeconds(1));

        var element = report.Descendants("failure").Single();
        Assert.Equal("a.ipynb, cell 1 (index 0, id 'x'): \ufffd[31mred\ufffd[0m \ufffd \ufffd and an emoji \ud83d\ude00 & <tags>", element.Value);
        Assert.Equal(element.Value, (string?)element.Attribute("message"));
    }

    [Fact]
    public void Serialize_CommaDecimalCulture_TimesUseAPoint()
    {
        var previous = CultureInfo.CurrentCulture;
        var commaCulture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        commaCulture.NumberFormat.NumberDecimalSeparator = ",";
        CultureInfo.CurrentCulture = commaCulture;
        try
        {
            var text = JUnitReport.Serialize(JUnitReport.Build([Passing], TimeSpan.FromSeconds(12.5), s_started));

            Assert.Contains("time=\"12.500\"", text);
            Assert.Contains("time=\"1.500\"", text);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Serialize_AnyReport_IsUtf8XmlWithADeclarationAndAFinalNewline()
    {
        var text = JUnitReport.Serialize(JUnitReport.Build([Passing], TimeSpan.FromSeconds(1), s_started));

        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>", text);
        Assert.EndsWith("</testsuites>\n", text);
    }

    [Fact]
    public void Write_NewFolder_CreatesItAndLeavesNoTemporaryFile()
    {
        var path = _folder.File(Path.Combine("reports", "junit.xml"));

        JUnitReport.Write(path, JUnitReport.Build([Failing], TimeSpan.FromSeconds(1), s_started));
        JUnitReport.Write(path, JUnitReport.Build([Passing, Unreadable], TimeSpan.FromSeconds(2), s_started));

        Assert.Equal(["junit.xml"], Directory.GetFiles(Path.GetDirectoryName(path)!).Select(Path.GetFileName));
        Assert.Equal(2, Count(XDocument.Load(path).Root!, "tests"));
    }

    [Fact]
    public void Write_FolderThatIsAFile_ThrowsIOException()
    {
        File.WriteAllText(_folder.File("a-file"), "in the way of the report's folder");

        Assert.Throws<IOException>(() => JUnitReport.Write(_folder.File(Path.Combine("a-file", "junit.xml")), JUnitReport.Build([Passing], TimeSpan.Zero, s_started)));
    }
}
