using System.Text;
using System.Text.Json.Nodes;
using Runner.Engine;

namespace Runner.Notebooks;

/// <summary>
/// One cell's outputs as they arrive, joined as VS Code joins them (consecutive text on the same stream is one
/// output; an update replaces the output it names) and turned into nbformat JSON once, at the end: adding is cheap
/// however many lines a cell prints.
/// </summary>
internal sealed class CellOutputList
{
    /// <summary>
    /// The mime type of an exercise check's result (the course library's <c>CheckResult</c>): a display carrying it with
    /// <c>"passed": false</c> makes its cell a failure, as a failing assertion would, without a stack trace in the notebook.
    /// </summary>
    public const string CheckResultMimeType = "application/vnd.calculus.check-result+json";

    private readonly List<object> _items = [];
    private readonly ISet<string> _displayIds;
    private readonly int _executionCount;

    /// <summary>
    /// An empty list for the cell run as <paramref name="executionCount"/>; <paramref name="displayIds"/> holds the ids of
    /// the values displayed so far in the notebook, shared by its cells.
    /// </summary>
    public CellOutputList(int executionCount, ISet<string> displayIds)
    {
        _executionCount = executionCount;
        _displayIds = displayIds;
    }

    public int Count => _items.Count;

    /// <summary>The checks this cell showed that did not pass: each one's title, and its first detail in brackets ("Exercise 1.1 (not done yet: …)").</summary>
    public IEnumerable<string> FailedChecks()
    {
        foreach (var data in _items.Select(DataOf).OfType<IReadOnlyDictionary<string, string>>())
        {
            if (data.TryGetValue(CheckResultMimeType, out var json)
                && JsonNode.Parse(json) is JsonObject result
                && result["passed"] is JsonValue passed
                && passed.TryGetValue(out bool ok)
                && !ok)
            {
                var title = (string?)result["title"] ?? "a check";
                yield return result["details"] is JsonArray { Count: > 0 } details && (string?)details[0] is { Length: > 0 } first
                    ? $"{title} ({first})"
                    : title;
            }
        }
    }

    public void Add(CellOutput output)
    {
        switch (output)
        {
            case StreamOutput stream when _items.Count > 0 && _items[^1] is PendingStream last && last.Name == stream.Name:
                last.Text.Append(stream.Text);
                break;
            case StreamOutput stream:
                _items.Add(new PendingStream(stream.Name, new StringBuilder(stream.Text)));
                break;
            case DisplayUpdate update:
                Update(update);
                break;
            case DisplayOutput { DisplayId: { } id } display:
                _displayIds.Add(id);
                _items.Add(display);
                break;
            default:
                _items.Add(output);
                break;
        }
    }

    /// <summary>The outputs as the cell's nbformat <c>outputs</c> array.</summary>
    public JsonArray ToJson() => new(_items
        .Select(item => item is PendingStream stream ? new StreamOutput(stream.Name, stream.Text.ToString()) : (CellOutput)item)
        .Select(output => (JsonNode?)OutputJson.From(output, _executionCount))
        .ToArray());

    /// <summary>
    /// As VS Code applies an update: it replaces this cell's outputs with the same id; an id never displayed before is
    /// a new output; an id displayed by an earlier cell changes nothing here.
    /// </summary>
    private void Update(DisplayUpdate update)
    {
        var replaced = false;
        for (var i = 0; i < _items.Count; i++)
        {
            if (_items[i] is DisplayOutput display && display.DisplayId == update.DisplayId)
            {
                _items[i] = display with { Data = update.Data };
                replaced = true;
            }
        }

        if (!replaced && _displayIds.Add(update.DisplayId))
        {
            _items.Add(new DisplayOutput(update.Data, update.DisplayId));
        }
    }

    private static IReadOnlyDictionary<string, string>? DataOf(object item) => item switch
    {
        DisplayOutput display => display.Data,
        ResultOutput result => result.Data,
        _ => null,
    };

    private sealed record PendingStream(string Name, StringBuilder Text);
}
