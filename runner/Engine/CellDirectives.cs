namespace Runner.Engine;

/// <summary>
/// What a C# cell says besides C#: a first line that picks the cell's kernel (<c>#!csharp</c>), and the
/// .NET Interactive magic commands (<c>#!time</c>, <c>#i</c>, <c>#r "nuget: ..."</c>) that are kernel
/// features, not C#, and that the course keeps out of its notebooks.
/// </summary>
public sealed class CellDirectives
{
    private static readonly HashSet<string> s_kernelNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "csharp", "c#", "fsharp", "f#", "pwsh", "powershell", "javascript", "js", "html", "markdown", "md",
        "sql", "kql", "mermaid", "value", "http", "python", "r", "typescript", "ts",
    };

    private CellDirectives(string? kernelSelector, string code, IReadOnlyList<UnsupportedDirective> unsupported)
    {
        KernelSelector = kernelSelector;
        Code = code;
        Unsupported = unsupported;
    }

    /// <summary>The kernel named on the cell's first line (<c>#!fsharp</c> gives "fsharp"), or null.</summary>
    public string? KernelSelector { get; }

    /// <summary>The cell's code with the kernel line blanked, so that line numbers stay those of the cell.</summary>
    public string Code { get; }

    /// <summary>Magic commands and NuGet references found in the cell; they cannot run.</summary>
    public IReadOnlyList<UnsupportedDirective> Unsupported { get; }

    /// <summary>True when the kernel line names C# (<c>#!csharp</c> or <c>#!c#</c>).</summary>
    public static bool IsCSharp(string kernelName) =>
        kernelName.Equals("csharp", StringComparison.OrdinalIgnoreCase) || kernelName.Equals("c#", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads the directives of a cell's source.</summary>
    public static CellDirectives Scan(string source)
    {
        var lines = source.Split('\n');
        string? selector = null;
        var unsupported = new List<UnsupportedDirective>();
        var firstCodeLine = Array.FindIndex(lines, line => line.Trim().Length > 0);

        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.StartsWith("#!", StringComparison.Ordinal))
            {
                var name = line[2..].Split(' ', 2)[0].Trim();
                if (i == firstCodeLine && s_kernelNames.Contains(name))
                {
                    selector = name;
                    lines[i] = lines[i].EndsWith('\r') ? "\r" : string.Empty;
                }
                else
                {
                    unsupported.Add(new UnsupportedDirective(i + 1, line, $"the magic command #!{name} is a .NET Interactive kernel feature, not C#"));
                }
            }
            else if (line.StartsWith("#i ", StringComparison.Ordinal) || line == "#i")
            {
                unsupported.Add(new UnsupportedDirective(i + 1, line, "#i (a NuGet package source) is a .NET Interactive kernel feature, not C#"));
            }
            else if (line.StartsWith("#r", StringComparison.Ordinal) && IsNuGetReference(line))
            {
                unsupported.Add(new UnsupportedDirective(i + 1, line, "#r \"nuget: ...\" needs the .NET Interactive kernel; reference a built DLL by its path instead"));
            }
        }

        return new CellDirectives(selector, string.Join('\n', lines), unsupported);
    }

    private static bool IsNuGetReference(string line)
    {
        var quote = line.IndexOf('"');
        return quote >= 0 && line[(quote + 1)..].TrimStart().StartsWith("nuget:", StringComparison.OrdinalIgnoreCase);
    }
}
