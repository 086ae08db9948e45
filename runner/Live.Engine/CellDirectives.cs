using System.Text.RegularExpressions;

namespace Calculus.Live;

/// <summary>
/// The lines of a notebook cell that the kernel, not C#, handles: <c>#load "setup.csx"</c> (which builds the course
/// library) and <c>#r "…"</c> (which loads it). In the browser the page has already loaded the library, so these lines
/// are blanked out (keeping every other line's number) and the page says so.
/// </summary>
internal static partial class CellDirectives
{
    /// <summary>The cell with its <c>#load</c> and <c>#r</c> lines blanked, and which lines those were.</summary>
    public static (string Code, IReadOnlyList<string> Satisfied) Strip(string code)
    {
        var satisfied = new List<string>();
        var lines = code.Replace("\r\n", "\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (Directive().IsMatch(lines[i]))
            {
                satisfied.Add(lines[i].Trim());
                lines[i] = string.Empty;
            }
        }

        return (string.Join('\n', lines), satisfied);
    }

    [GeneratedRegex("""^\s*#(load|r)\s+"[^"]*"\s*$""")]
    private static partial Regex Directive();
}
