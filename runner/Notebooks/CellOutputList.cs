using System.Text;
using System.Text.Json.Nodes;
using Runner.Engine;

namespace Runner.Notebooks;

/// <summary>
/// One cell's outputs as they arrive, joined as Jupyter joins them (consecutive text on the same stream is one
/// output) and turned into nbformat JSON once, at the end: adding is cheap however many lines a cell prints.
/// </summary>
internal sealed class CellOutputList
{
    private readonly List<object> _items = [];

    /// <summary>
    /// The mime type of an exercise check's result (the course library's <c>CheckResult</c>): a display carrying it with
    /// <c>"passed": false</c> makes its cell a failure, as a failing assertion would, without a stack trace in the notebook.
    /// </summary>
    public const string CheckResultMimeType = "application/vnd.calculus.check-result+json";

    public int Count => _items.Count;

    /// <summary>The titles of the checks this cell displayed that did not pass.</summary>
    public IEnumerable<string> FailedChecks()
    {
        foreach (var display in _items.OfType<DisplayOutput>())
        {
            if (display.Data.TryGetValue(CheckResultMimeType, out var json)
                && JsonNode.Parse(json) is JsonObject result
                && result["passed"] is JsonValue passed
                && passed.TryGetValue(out bool ok)
                && !ok)
            {
                yield return (string?)result["title"] ?? "a check";
            }
        }
    }

    public void Add(CellOutput output)
    {
        if (output is StreamOutput stream)
        {
            if (_items.Count > 0 && _items[^1] is PendingStream last && last.Name == stream.Name)
            {
                last.Text.Append(stream.Text);
            }
            else
            {
                _items.Add(new PendingStream(stream.Name, new StringBuilder(stream.Text)));
            }

            return;
        }

        _items.Add(output);
    }

    /// <summary>The outputs as the cell's nbformat <c>outputs</c> array.</summary>
    public JsonArray ToJson() => new(_items
        .Select(item => item is PendingStream stream ? new StreamOutput(stream.Name, stream.Text.ToString()) : (CellOutput)item)
        .Select(output => (JsonNode?)OutputJson.From(output))
        .ToArray());

    private sealed record PendingStream(string Name, StringBuilder Text);
}
