using System.Text.Json.Nodes;
using Runner.Engine;

namespace Runner.Notebooks;

/// <summary>
/// Which kernel a cell belongs to, decided as Polyglot Notebooks does: the cell's
/// <c>polyglot_notebook.kernelName</c>, then its <c>dotnet_interactive.language</c>, then a first line
/// such as <c>#!csharp</c>, then the notebook's default kernel.
/// </summary>
internal static class KernelNames
{
    public const string CSharp = "csharp";

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

    /// <summary>The kernel of one code cell.</summary>
    public static string OfCell(JsonObject? cellMetadata, string? firstLineKernel, string notebookDefault) =>
        Text(cellMetadata?["polyglot_notebook"]?["kernelName"])
        ?? Text(cellMetadata?["dotnet_interactive"]?["language"])
        ?? firstLineKernel
        ?? notebookDefault;

    public static bool IsCSharp(string kernel) => CellDirectives.IsCSharp(kernel);

    public static bool IsMarkdown(string kernel) =>
        kernel.Equals("markdown", StringComparison.OrdinalIgnoreCase) || kernel.Equals("md", StringComparison.OrdinalIgnoreCase);

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue(out string? text) && !string.IsNullOrWhiteSpace(text) ? text : null;
}
