using System.Text.Json;
using System.Text.Json.Nodes;
using Runner.Engine;

namespace Runner.Notebooks;

/// <summary>
/// Cell outputs as nbformat 4 JSON, in the shapes VS Code writes: <c>stream</c>, <c>display_data</c>,
/// <c>execute_result</c> (the cell's value, with the cell's execution count) and <c>error</c>.
/// </summary>
internal static class OutputJson
{
    /// <summary>The nbformat JSON of one output of the cell run as <paramref name="executionCount"/>.</summary>
    public static JsonObject From(CellOutput output, int executionCount) => output switch
    {
        StreamOutput stream => new JsonObject
        {
            ["name"] = stream.Name,
            ["output_type"] = "stream",
            ["text"] = MultilineText.Write(stream.Text),
        },
        DisplayOutput display => new JsonObject
        {
            ["data"] = MimeBundle(display.Data),
            ["metadata"] = new JsonObject(),
            ["output_type"] = "display_data",
        },
        ResultOutput result => new JsonObject
        {
            ["data"] = MimeBundle(result.Data),
            ["execution_count"] = executionCount,
            ["metadata"] = new JsonObject(),
            ["output_type"] = "execute_result",
        },
        ErrorOutput error => new JsonObject
        {
            ["ename"] = error.EName,
            ["evalue"] = error.EValue,
            ["output_type"] = "error",
            ["traceback"] = new JsonArray(error.Traceback.Select(line => (JsonNode?)JsonValue.Create(line)).ToArray()),
        },
        _ => throw new ArgumentOutOfRangeException(nameof(output), output.GetType().Name, "Unknown kind of output."),
    };

    /// <summary>mime type to value: JSON mime types (<c>application/json</c>, <c>*+json</c>) as JSON, the rest as lines of text.</summary>
    private static JsonObject MimeBundle(IReadOnlyDictionary<string, string> data)
    {
        var bundle = new JsonObject();
        foreach (var (mimeType, text) in data.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            bundle[mimeType] = IsJson(mimeType) ? ParseJsonOrText(text) : MultilineText.Write(text);
        }

        return bundle;
    }

    private static bool IsJson(string mimeType) =>
        mimeType.StartsWith("application/", StringComparison.Ordinal)
        && (mimeType.EndsWith("/json", StringComparison.Ordinal) || mimeType.EndsWith("+json", StringComparison.Ordinal));

    private static JsonNode? ParseJsonOrText(string text)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return JsonValue.Create(text);
        }
    }
}
