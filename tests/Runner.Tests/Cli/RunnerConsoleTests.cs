using Runner.Cli;
using Spectre.Console;

namespace Runner.Tests.Cli;

/// <summary>When the runner's output is plain, and that a plain console writes no escape sequence, in process.</summary>
public sealed class RunnerConsoleTests
{
    [Theory]
    [InlineData(false, null, false)]
    [InlineData(false, "", false)] // no-color.org: an empty NO_COLOR is as good as unset
    [InlineData(false, "1", true)]
    [InlineData(false, "false", true)] // any non-empty value counts, even this one
    [InlineData(true, null, true)]
    [InlineData(true, "", true)]
    public void IsPlain_RedirectionAndNoColor_PlainWhenEitherSaysSo(bool outputRedirected, string? noColor, bool expected)
    {
        Assert.Equal(expected, RunnerConsole.IsPlain(outputRedirected, noColor));
    }

    [Fact]
    public void Settings_Plain_NoAnsiNoColourNoLiveDisplayEvenOnGitHubActions()
    {
        var settings = RunnerConsole.Settings(plain: true, noColor: null, TextWriter.Null);
        // Spectre's GitHub Actions enricher would turn ANSI back on; the plain console must not let it.
        settings.EnvironmentVariables = new Dictionary<string, string> { ["GITHUB_ACTIONS"] = "true", ["TERM"] = "xterm-256color" };

        var console = AnsiConsole.Create(settings);

        Assert.False(console.Profile.Capabilities.Ansi);
        Assert.Equal(ColorSystem.NoColors, console.Profile.Capabilities.ColorSystem);
        Assert.False(console.Profile.Capabilities.Interactive);
    }

    [Fact]
    public void Settings_Plain_MarkupAndTablesAreWrittenWithoutEscapeSequences()
    {
        var writer = new StringWriter();
        var console = AnsiConsole.Create(RunnerConsole.Settings(plain: true, noColor: null, writer));

        console.MarkupLine("[red]FAILED[/] [bold]a.ipynb[/], [green]passed[/]");
        console.Write(new Table().AddColumn("Notebook").AddColumn("Result").AddRow("a.ipynb", "[red]1 failure(s)[/]"));

        var text = writer.ToString();
        Assert.DoesNotContain('\u001b', text);
        Assert.Contains("FAILED a.ipynb, passed", text);
        Assert.Contains("1 failure(s)", text);
    }

    [Theory]
    [InlineData(null, ColorSystemSupport.Detect)]
    [InlineData("", ColorSystemSupport.Standard)] // Spectre alone would take an empty NO_COLOR to mean no colours
    public void Settings_Terminal_LeavesAnsiAndLiveDisplayToDetection(string? noColor, ColorSystemSupport colours)
    {
        var settings = RunnerConsole.Settings(plain: false, noColor, TextWriter.Null);

        Assert.Equal(AnsiSupport.Detect, settings.Ansi);
        Assert.Equal(InteractionSupport.Detect, settings.Interactive);
        Assert.Equal(colours, settings.ColorSystem);
    }
}
