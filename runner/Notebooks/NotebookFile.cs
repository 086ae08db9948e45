using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Runner.Notebooks;

/// <summary>Writes notebook JSON the way Jupyter and VS Code do (one-space indent, a final newline), atomically.</summary>
internal static class NotebookFile
{
    private static readonly JsonSerializerOptions s_options = new()
    {
        WriteIndented = true,
        IndentSize = 1,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The text of a notebook document.</summary>
    public static string Serialize(JsonObject document) => document.ToJsonString(s_options) + "\n";

    /// <summary>Writes to a temporary file beside <paramref name="path"/> and renames it over the target, so a reader never sees half a file.</summary>
    public static void WriteAtomically(string path, string text)
    {
        var fullPath = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(fullPath)!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, $".{Path.GetFileName(fullPath)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            using (var writer = new StreamWriter(stream))
            {
                writer.Write(text);
                writer.Flush();
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, fullPath, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
