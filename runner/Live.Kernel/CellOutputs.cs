using System.Text;
using System.Text.Json.Nodes;

namespace Calculus.Live.Kernel;

/// <summary>
/// The outputs of the running cell, in nbformat's shape (<c>stream</c>, <c>display_data</c>, <c>execute_result</c>,
/// <c>error</c>), in the order the cell produced them; consecutive writes to one stream join into one output.
/// </summary>
public sealed class CellOutputs
{
    private readonly JsonArray _outputs = [];
    private JsonObject? _openStream;

    /// <summary>The outputs of the cell that is running now (an empty collector between cells).</summary>
    public static CellOutputs Current { get; private set; } = new();

    /// <summary>Starts collecting a new cell's outputs.</summary>
    public static CellOutputs Begin() => Current = new CellOutputs();

    /// <summary>The outputs so far, as an nbformat output list.</summary>
    public JsonArray ToJson() => (JsonArray)_outputs.DeepClone();

    /// <summary>Appends text written to <c>stdout</c> or <c>stderr</c>.</summary>
    public void Write(string name, string text)
    {
        if (text.Length == 0)
        {
            return;
        }

        if (_openStream is not null && (string?)_openStream["name"] == name)
        {
            _openStream["text"] = (string?)_openStream["text"] + text;
            return;
        }

        _openStream = new JsonObject { ["output_type"] = "stream", ["name"] = name, ["text"] = text };
        _outputs.Add(_openStream);
    }

    /// <summary>Shows a value (a <c>display</c> call, or the cell's result when <paramref name="isResult"/>); null shows nothing.</summary>
    public void Display(object? value, IReadOnlyList<string> mimeTypes, bool isResult)
    {
        if (value is null)
        {
            return;
        }

        var data = new JsonObject();
        foreach (var (mimeType, text) in ValueFormatter.Format(value, mimeTypes))
        {
            data[mimeType] = text;
        }

        _openStream = null;
        var output = new JsonObject { ["output_type"] = isResult ? "execute_result" : "display_data", ["data"] = data, ["metadata"] = new JsonObject() };
        if (isResult)
        {
            output["execution_count"] = null;
        }

        _outputs.Add(output);
    }

    /// <summary>Appends an error output: the exception's type name, its message and a traceback.</summary>
    public void Error(string name, string value, IEnumerable<string> traceback)
    {
        _openStream = null;
        _outputs.Add(new JsonObject
        {
            ["output_type"] = "error",
            ["ename"] = name,
            ["evalue"] = value,
            ["traceback"] = new JsonArray([.. traceback.Select(line => (JsonNode?)line)]),
        });
    }

    /// <summary>A writer for <see cref="Console.SetOut"/> that appends to the current cell's <paramref name="name"/> stream.</summary>
    public static TextWriter StreamWriter(string name) => new CellStreamWriter(name);

    private sealed class CellStreamWriter(string name) : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => Current.Write(name, value.ToString());

        public override void Write(string? value) => Current.Write(name, value ?? string.Empty);

        public override void Write(char[] buffer, int index, int count) => Current.Write(name, new string(buffer, index, count));
    }
}
