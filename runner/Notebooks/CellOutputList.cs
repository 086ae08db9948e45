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

    public int Count => _items.Count;

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
