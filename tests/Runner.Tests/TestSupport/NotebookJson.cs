using System.Text.Json.Nodes;

namespace Runner.Tests.TestSupport;

/// <summary>Writes small notebooks for a test, one C# cell per (id, source) pair.</summary>
internal static class NotebookJson
{
    public static string Write(string path, params (string Id, string Source)[] cells) =>
        Write(path, cells.Select(cell => (cell.Id, cell.Source, Array.Empty<string>())).ToArray());

    /// <summary>Writes a notebook whose cells carry tags.</summary>
    public static string Write(string path, (string Id, string Source, string[] Tags)[] cells)
    {
        var document = new JsonObject
        {
            ["cells"] = new JsonArray(cells.Select(cell => (JsonNode?)new JsonObject
            {
                ["cell_type"] = "code",
                ["execution_count"] = null,
                ["id"] = cell.Id,
                ["metadata"] = cell.Tags.Length == 0 ? new JsonObject() : new JsonObject { ["tags"] = new JsonArray(cell.Tags.Select(tag => (JsonNode?)tag).ToArray()) },
                ["outputs"] = new JsonArray(),
                ["source"] = cell.Source,
            }).ToArray()),
            ["metadata"] = new JsonObject(),
            ["nbformat"] = 4,
            ["nbformat_minor"] = 5,
        };
        File.WriteAllText(path, document.ToJsonString());
        return path;
    }
}
