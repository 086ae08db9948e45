using System.Text.Json.Nodes;

namespace Runner.Notebooks;

/// <summary>A notebook read from disk: its cells and the execution settings in its metadata.</summary>
public sealed class Notebook
{
    internal Notebook(string path, JsonObject json, IReadOnlyList<NotebookCell> cells, TimeSpan? timeout, bool allowErrors)
    {
        Path = path;
        Json = json;
        Cells = cells;
        Timeout = timeout;
        AllowErrors = allowErrors;
    }

    /// <summary>The path as the user gave it (relative paths stay relative, for messages).</summary>
    public string Path { get; }

    /// <summary>The folder the notebook is in: its cells run there, and resolve <c>#r</c> and <c>#load</c> from there.</summary>
    public string Directory => System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path))!;

    public string FileName => System.IO.Path.GetFileName(Path);

    public IReadOnlyList<NotebookCell> Cells { get; }

    /// <summary>The per-cell timeout in <c>metadata.execution.timeout</c> (seconds; -1 gives <see cref="System.Threading.Timeout.InfiniteTimeSpan"/>), when the notebook sets one.</summary>
    public TimeSpan? Timeout { get; }

    /// <summary><c>metadata.execution.allow_errors</c>: cell errors are recorded but are not failures.</summary>
    public bool AllowErrors { get; }

    /// <summary>The whole document as read.</summary>
    internal JsonObject Json { get; }
}
