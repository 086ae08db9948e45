using System.Text.RegularExpressions;
using Runner.Tests.TestSupport;

namespace Runner.Tests.Cli;

/// <summary>
/// The runner's own output, end to end: plain text with no escape sequence in a log or with NO_COLOR, colour and
/// live progress on a terminal. Each run has a failing notebook, so there is red to leave out.
/// </summary>
public sealed class PlainOutputTests : IDisposable
{
    private const char Escape = '\u001b';

    /// <summary>
    /// What the .NET runtime itself writes to a terminal when a program first uses it (terminfo's keypad_xmit for xterm,
    /// which puts the keypad in application mode), whatever the program writes; it is neither colour nor cursor movement.
    /// </summary>
    private const string RuntimeKeypadMode = "\u001b[?1h\u001b=";

    /// <summary>Environment variables that make Spectre.Console's CI enrichers treat the console as non-interactive.</summary>
    private static readonly string[] s_ciVariables = ["GITHUB_ACTIONS", "GITLAB_CI", "TF_BUILD", "JENKINS_URL", "TEAMCITY_VERSION", "TRAVIS", "APPVEYOR"];

    private readonly TempFolder _folder = new();

    public PlainOutputTests()
    {
        _folder.CopyFixtures(null, "compile-error.ipynb", "healthy.ipynb");
    }

    public void Dispose() => _folder.Dispose();

    private static Dictionary<string, string?> Environment(params string[] variables)
    {
        var environment = s_ciVariables.ToDictionary(name => name, _ => (string?)null);
        environment["NO_COLOR"] = null;
        environment["TERM"] = "xterm-256color";
        foreach (var variable in variables)
        {
            var (name, value) = (variable.Split('=', 2)[0], variable.Split('=', 2)[1]);
            environment[name] = value;
        }

        return environment;
    }

    private static void AssertSummary(int exitCode, string text)
    {
        Assert.Equal(1, exitCode);
        Assert.Contains("FAILED compile-error.ipynb, cell 2 (index 1, id 'broken')", text);
        Assert.Contains("2 notebook(s) run: 1 passed, 1 failed.", text);
    }

    /// <summary>What a terminal shows, give or take layout: escape sequences removed, and lines wrapped at its width joined again.</summary>
    private static string Shown(string terminalOutput) =>
        Regex.Replace(Regex.Replace(terminalOutput, @"\u001b(\[[0-9;?]*[A-Za-z]|[=>])", ""), @"\s+", " ");

    [Theory]
    [InlineData]
    [InlineData("COLORTERM=truecolor")]
    [InlineData("GITHUB_ACTIONS=true")] // Spectre's GitHub enricher turns ANSI on by itself
    [InlineData("NO_COLOR=1")]
    public void Run_RedirectedOutput_HasNoEscapeSequenceButTheSummary(params string[] variables)
    {
        var result = RunnerProcess.Run(_folder.Path, Environment(variables), "run", "compile-error.ipynb", "healthy.ipynb", "--parallel", "2");

        AssertSummary(result.ExitCode, result.Output);
        Assert.DoesNotContain(Escape, result.Output);
        Assert.Contains("[1/2] compile-error.ipynb: started", result.Stdout);
    }

    [Fact]
    public void Run_OnATerminal_ShowsColourAndLiveProgress()
    {
        var result = RunnerProcess.RunOnTerminal(_folder.Path, Environment(), "run", "compile-error.ipynb", "healthy.ipynb", "--parallel", "2");

        AssertSummary(result.ExitCode, Shown(result.Stdout));
        Assert.Matches(@"\u001b\[[0-9;]*m", result.Stdout); // a colour
        Assert.Matches(@"\u001b\[[0-9]+A", result.Stdout); // the live display moving the cursor up to redraw the bars
        Assert.DoesNotContain("[1/2] compile-error.ipynb: started", result.Stdout);
    }

    [Theory]
    [InlineData("NO_COLOR=1")]
    [InlineData("NO_COLOR=false")]
    public void Run_OnATerminalWithNoColor_WritesPlainText(string noColor)
    {
        var result = RunnerProcess.RunOnTerminal(_folder.Path, Environment(noColor), "run", "compile-error.ipynb", "healthy.ipynb", "--parallel", "2");

        AssertSummary(result.ExitCode, Shown(result.Stdout));
        Assert.DoesNotContain(Escape, result.Stdout.Replace(RuntimeKeypadMode, "", StringComparison.Ordinal));
        Assert.Contains("[1/2] compile-error.ipynb: started", result.Stdout);
    }

    [Fact]
    public void Run_OnATerminalWithEmptyNoColor_IsStillColoured()
    {
        var result = RunnerProcess.RunOnTerminal(_folder.Path, Environment("NO_COLOR="), "run", "compile-error.ipynb", "healthy.ipynb", "--parallel", "2");

        AssertSummary(result.ExitCode, Shown(result.Stdout));
        Assert.Matches(@"\u001b\[3[1-7]m", result.Stdout); // a standard foreground colour
    }
}
