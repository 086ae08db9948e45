using System.Globalization;
using System.Xml.Linq;
using Runner.Tests.TestSupport;

namespace Runner.Tests.Cli;

/// <summary><c>run --junit FILE</c> end to end: the report a CI server reads after the run.</summary>
public sealed class JUnitRunTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Run_JUnitWithNotebooksItCannotRun_EachIsAnErrorTestCaseInInputOrder()
    {
        _folder.CopyFixtures("notebooks", "malformed.ipynb", "healthy.ipynb", "nbformat3.ipynb");
        var inputs = new[] { "malformed.ipynb", "healthy.ipynb", "nbformat3.ipynb" }.Select(name => Path.Combine("notebooks", name)).ToArray();

        var result = RunnerProcess.Run(_folder.Path, ["run", .. inputs, "--junit", Path.Combine("reports", "junit.xml")]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"JUnit report written to {Path.Combine("reports", "junit.xml")}.", result.Output);
        var report = XDocument.Load(_folder.File(Path.Combine("reports", "junit.xml")));
        var suite = Assert.Single(report.Root!.Elements("testsuite"));
        Assert.Equal(("3", "0", "2"), ((string?)suite.Attribute("tests"), (string?)suite.Attribute("failures"), (string?)suite.Attribute("errors")));
        var cases = suite.Elements("testcase").ToList();
        Assert.Equal(inputs, cases.Select(c => (string)c.Attribute("name")!));
        Assert.All(cases, c => Assert.Equal("notebooks", (string?)c.Attribute("classname")));
        Assert.StartsWith($"{inputs[0]}: not valid JSON at line 5, column 3", (string?)cases[0].Element("error")?.Attribute("message"));
        Assert.Empty(cases[1].Elements());
        Assert.True(double.Parse((string)cases[1].Attribute("time")!, CultureInfo.InvariantCulture) > 0);
        Assert.StartsWith($"{inputs[2]}: is nbformat 3", (string?)cases[2].Element("error")?.Attribute("message"));
    }

    [Fact]
    public void Run_JUnitInAFolderThatCannotBeCreated_RunsTheNotebooksThenExitsTwoNamingTheFile()
    {
        _folder.CopyFixtures(null, "healthy.ipynb");
        File.WriteAllText(_folder.File("a-file"), "in the way of the report's folder");
        var report = Path.Combine("a-file", "junit.xml");

        var result = RunnerProcess.Run(_folder.Path, "run", "healthy.ipynb", "--junit", report);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("1 notebook(s) run: 1 passed, 0 failed.", result.Output);
        Assert.Contains($"CANNOT WRITE {report}: the JUnit report could not be written there:", result.Output);
        Assert.True(File.Exists(_folder.File(Path.Combine("out", "notebooks", "healthy.ipynb"))));
    }

    [Fact]
    public void Run_NoPathsWithJUnit_ReportsEveryInstructorNotebook()
    {
        foreach (var copy in _folder.CopyFixtures("notebooks", "healthy.ipynb", "state.ipynb"))
        {
            File.Move(copy, copy.Replace(".ipynb", ".solution.ipynb", StringComparison.Ordinal));
        }

        var result = RunnerProcess.Run(_folder.Path, "run", "--junit", "junit.xml");

        Assert.Equal(0, result.ExitCode);
        var cases = XDocument.Load(_folder.File("junit.xml")).Descendants("testcase").ToList();
        Assert.Equal(
            [Path.Combine("notebooks", "healthy.solution.ipynb"), Path.Combine("notebooks", "state.solution.ipynb")],
            cases.Select(c => (string)c.Attribute("name")!));
        Assert.All(cases, c => Assert.Empty(c.Elements()));
    }
}
