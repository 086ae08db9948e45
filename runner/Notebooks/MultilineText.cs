using System.Text.Json.Nodes;

namespace Runner.Notebooks;

/// <summary>nbformat's multi-line strings: a string, or an array of lines each ending in "\n" but the last.</summary>
internal static class MultilineText
{
    /// <summary>The text of a multi-line string; null when the node is neither a string nor an array of strings.</summary>
    public static string? Read(JsonNode? node)
    {
        switch (node)
        {
            case JsonValue value when value.TryGetValue(out string? text):
                return text;
            case JsonArray lines:
                var parts = new List<string>(lines.Count);
                foreach (var line in lines)
                {
                    if (line is not JsonValue lineValue || !lineValue.TryGetValue(out string? lineText))
                    {
                        return null;
                    }

                    parts.Add(lineText);
                }

                return string.Concat(parts);
            default:
                return null;
        }
    }

    /// <summary>Splits text into the array of lines Jupyter and VS Code write (each line keeps its "\n").</summary>
    public static JsonArray Write(string text)
    {
        var array = new JsonArray();
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            var next = end < 0 ? text.Length : end + 1;
            array.Add(text[start..next]);
            start = next;
        }

        return array;
    }
}
