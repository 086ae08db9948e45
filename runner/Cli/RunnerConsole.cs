using Spectre.Console;

namespace Runner.Cli;

/// <summary>
/// How the runner writes to standard output: colour and live progress on a terminal; plain text, with no ANSI
/// escape sequence at all, when the output is redirected (a CI log, a pipe, a file) or <c>NO_COLOR</c> is set
/// to a non-empty value (no-color.org).
/// </summary>
/// <remarks>
/// Spectre.Console 0.49.1 does not decide this by itself: on Linux and macOS it turns ANSI on from <c>TERM</c>
/// alone, even when the output goes to a file; it treats the console as interactive (live progress, which moves
/// the cursor) whenever the <em>input</em> is a terminal; its GitHub Actions enricher turns ANSI on; and
/// <c>NO_COLOR</c>, even when empty, only drops colours, not other escape sequences. So the runner chooses.
/// </remarks>
internal static class RunnerConsole
{
    public const string NoColorVariable = "NO_COLOR";

    /// <summary>A log has no width: each line (a failure, a table row) stays on one line instead of wrapping at 80 columns.</summary>
    public const int RedirectedWidth = 1000;

    /// <summary>Whether output must be plain text: it is not a terminal, or <c>NO_COLOR</c> has a non-empty value.</summary>
    public static bool IsPlain(bool outputRedirected, string? noColor) => outputRedirected || !string.IsNullOrEmpty(noColor);

    /// <summary>Spectre.Console's settings for a console writing to <paramref name="output"/>.</summary>
    /// <param name="plain">No ANSI, no colour, no live display, no CI enrichment (see <see cref="IsPlain"/>).</param>
    /// <param name="noColor">The value of <c>NO_COLOR</c>; an empty value is as good as unset, so colours stay on a terminal.</param>
    /// <param name="output">Where the console writes.</param>
    public static AnsiConsoleSettings Settings(bool plain, string? noColor, TextWriter output) => plain
        ? new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Enrichment = new ProfileEnrichment { UseDefaultEnrichers = false },
            Out = new AnsiConsoleOutput(output),
        }
        : new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.Detect,
            // Spectre takes a NO_COLOR that is present but empty to mean no colours; no-color.org says it means unset.
            ColorSystem = noColor is "" ? ColorSystemSupport.Standard : ColorSystemSupport.Detect,
            Interactive = InteractionSupport.Detect,
            Out = new AnsiConsoleOutput(output),
        };

    /// <summary>The console for this process's standard output, from whether it is redirected and from <c>NO_COLOR</c>.</summary>
    public static IAnsiConsole CreateForStandardOutput()
    {
        var noColor = Environment.GetEnvironmentVariable(NoColorVariable);
        var console = AnsiConsole.Create(Settings(IsPlain(Console.IsOutputRedirected, noColor), noColor, Console.Out));
        if (Console.IsOutputRedirected)
        {
            console.Profile.Width = RedirectedWidth;
        }

        return console;
    }
}
