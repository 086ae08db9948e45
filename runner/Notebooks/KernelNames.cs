using System.Text.Json.Nodes;

namespace Runner.Notebooks;

/// <summary>
/// Which kernel a cell belongs to, decided as Polyglot Notebooks does: the cell's
/// <c>polyglot_notebook.kernelName</c>, then its <c>dotnet_interactive.language</c>, then a first line
/// such as <c>#!csharp</c>, then the notebook's default kernel. The course is C# only, so a line that
/// switches to another of the dotnet-interactive tool's kernels (<c>#!fsharp</c>, <c>#!pwsh</c>, …) is found too.
/// </summary>
internal static class KernelNames
{
    public const string CSharp = "csharp";

    /// <summary>The names and aliases of the tool's kernels, which a line <c>#!name</c> switches to.</summary>
    private static readonly HashSet<string> s_kernelNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "csharp", "c#", "fsharp", "f#", "pwsh", "powershell", "javascript", "js", "html", "markdown", "md",
        "sql", "kql", "mermaid", "value", "http", "python", "r", "typescript", "ts",
    };

    /// <summary>The notebook's default kernel: <c>polyglot_notebook.kernelInfo.defaultKernelName</c> (also without the <c>kernelInfo</c> wrapper, or under the legacy <c>dotnet_interactive</c> key), else C#.</summary>
    public static string NotebookDefault(JsonObject? metadata)
    {
        var polyglot = metadata?["polyglot_notebook"] as JsonObject;
        var legacy = metadata?["dotnet_interactive"] as JsonObject;
        return Text(polyglot?["kernelInfo"]?["defaultKernelName"])
            ?? Text(polyglot?["defaultKernelName"])
            ?? Text(legacy?["defaultKernelName"])
            ?? CSharp;
    }

    /// <summary>The kernel of one code cell whose source is <paramref name="source"/>.</summary>
    public static string OfCell(JsonObject? cellMetadata, string source, string notebookDefault) =>
        Text(cellMetadata?["polyglot_notebook"]?["kernelName"])
        ?? Text(cellMetadata?["dotnet_interactive"]?["language"])
        ?? Switches(source).Where(s => s.Line == FirstCodeLine(source)).Select(s => s.Kernel).FirstOrDefault()
        ?? notebookDefault;

    /// <summary>Every line of <paramref name="source"/> that switches kernels: its number (from 1) and the kernel it names.</summary>
    public static IEnumerable<(int Line, string Kernel)> Switches(string source)
    {
        var lines = source.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.StartsWith("#!", StringComparison.Ordinal) && line[2..].Split(' ', 2)[0] is var name && s_kernelNames.Contains(name))
            {
                yield return (i + 1, name);
            }
        }
    }

    public static bool IsCSharp(string kernel) =>
        kernel.Equals(CSharp, StringComparison.OrdinalIgnoreCase) || kernel.Equals("c#", StringComparison.OrdinalIgnoreCase);

    public static bool IsMarkdown(string kernel) =>
        kernel.Equals("markdown", StringComparison.OrdinalIgnoreCase) || kernel.Equals("md", StringComparison.OrdinalIgnoreCase);

    private static int FirstCodeLine(string source) => Array.FindIndex(source.Split('\n'), line => line.Trim().Length > 0) + 1;

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue(out string? text) && !string.IsNullOrWhiteSpace(text) ? text : null;
}
