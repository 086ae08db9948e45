using System.Text.Json;
using System.Text.Json.Nodes;

namespace Runner.Notebooks;

/// <summary>
/// Reads an .ipynb file (nbformat 4) and checks that the runner can execute it: every code cell's kernel
/// is C# (or markdown), and no C# cell switches to another kernel. Magic commands are the kernel's to run.
/// </summary>
public static class NotebookReader
{
    /// <summary>Reads and checks the notebook at <paramref name="path"/>.</summary>
    /// <exception cref="NotebookFormatException">The file is unreadable, not JSON, not nbformat 4, or has a cell the runner cannot execute; the message says where.</exception>
    public static Notebook Read(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new NotebookFormatException(path, $"cannot be read: {e.Message}");
        }

        return Parse(path, text);
    }

    /// <summary>Parses notebook JSON; <paramref name="path"/> is used in messages.</summary>
    /// <exception cref="NotebookFormatException">As for <see cref="Read"/>.</exception>
    public static Notebook Parse(string path, string text)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { AllowTrailingCommas = false });
        }
        catch (JsonException e)
        {
            var line = (e.LineNumber ?? 0) + 1;
            var column = (e.BytePositionInLine ?? 0) + 1;
            var reason = e.Message.Split(" Path:", 2)[0].Split(" LineNumber:", 2)[0].Trim();
            throw new NotebookFormatException(path, $"not valid JSON at line {line}, column {column}: {reason}");
        }

        if (root is not JsonObject document)
        {
            throw new NotebookFormatException(path, "expected a JSON object with \"cells\", \"metadata\" and \"nbformat\" at the top level.");
        }

        var format = document["nbformat"];
        if (format is not JsonValue formatValue || !formatValue.TryGetValue(out int major))
        {
            throw new NotebookFormatException(path, "has no \"nbformat\" number; expected nbformat 4.");
        }

        if (major != 4)
        {
            throw new NotebookFormatException(path, $"is nbformat {major}; the runner reads nbformat 4 only (convert it with 'jupyter nbconvert --to notebook').");
        }

        if (document["cells"] is not JsonArray cellsJson)
        {
            throw new NotebookFormatException(path, "has no \"cells\" array.");
        }

        var metadata = document["metadata"] as JsonObject;
        var defaultKernel = KernelNames.NotebookDefault(metadata);
        var cells = new List<NotebookCell>(cellsJson.Count);
        for (var i = 0; i < cellsJson.Count; i++)
        {
            cells.Add(ReadCell(path, i, cellsJson[i], defaultKernel));
        }

        var execution = metadata?["execution"] as JsonObject;
        return new Notebook(path, document, cells, ReadTimeout(path, execution), ReadBool(execution?["allow_errors"]));
    }

    private static NotebookCell ReadCell(string path, int index, JsonNode? node, string defaultKernel)
    {
        var where = NotebookCell.Describe(index, null);
        if (node is not JsonObject cell)
        {
            throw new NotebookFormatException(path, $"{where} is not a JSON object.");
        }

        var id = cell["id"] is JsonValue idValue && idValue.TryGetValue(out string? idText) ? idText : null;
        where = NotebookCell.Describe(index, id);

        var type = (cell["cell_type"] as JsonValue)?.ToString() switch
        {
            "code" => CellType.Code,
            "markdown" => CellType.Markdown,
            "raw" => CellType.Raw,
            var other => throw new NotebookFormatException(path, $"{where} has cell_type '{other ?? "(none)"}'; expected code, markdown or raw."),
        };

        var source = MultilineText.Read(cell["source"])
            ?? throw new NotebookFormatException(path, $"{where} has no \"source\" (expected a string or an array of strings).");
        var metadata = cell["metadata"] as JsonObject;
        var tags = (metadata?["tags"] as JsonArray)?.Select(tag => tag?.ToString() ?? string.Empty).ToHashSet(StringComparer.Ordinal)
            ?? [];

        var isCSharp = false;
        if (type == CellType.Code)
        {
            var kernel = KernelNames.OfCell(metadata, source, defaultKernel);
            if (!KernelNames.IsCSharp(kernel) && !KernelNames.IsMarkdown(kernel))
            {
                throw new NotebookFormatException(path, $"{where} is in the '{kernel}' kernel; the course is C# only (and markdown cells).");
            }

            isCSharp = KernelNames.IsCSharp(kernel);
            if (isCSharp && KernelNames.Switches(source).FirstOrDefault(s => !KernelNames.IsCSharp(s.Kernel)) is { Kernel: not null } other)
            {
                throw new NotebookFormatException(path, $"{where}, line {other.Line}: '#!{other.Kernel}' switches to the '{other.Kernel}' kernel; the course is C# only.");
            }
        }

        return new NotebookCell(index, id, type, source, tags, isCSharp);
    }

    /// <summary><c>metadata.execution.timeout</c> in seconds; -1 means no limit, as in Jupyter's nbclient.</summary>
    private static TimeSpan? ReadTimeout(string path, JsonObject? execution)
    {
        if (execution?["timeout"] is not JsonValue value)
        {
            return null;
        }

        if (value.TryGetValue(out double seconds) && seconds == -1)
        {
            return Timeout.InfiniteTimeSpan;
        }

        if (!value.TryGetValue(out seconds) || seconds <= 0 || !double.IsFinite(seconds))
        {
            throw new NotebookFormatException(path, $"metadata.execution.timeout is {value.ToJsonString()}; expected a positive number of seconds, or -1 for no limit.");
        }

        return TimeSpan.FromSeconds(seconds);
    }

    private static bool ReadBool(JsonNode? node) => node is JsonValue value && value.TryGetValue(out bool flag) && flag;
}
