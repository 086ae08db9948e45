namespace Runner.Notebooks;

/// <summary>One cell of a notebook as read: where it is, what it is, and its source.</summary>
public sealed class NotebookCell
{
    public const string RaisesExceptionTag = "raises-exception";
    public const string SkipExecutionTag = "skip-execution";

    internal NotebookCell(int index, string? id, CellType type, string source, IReadOnlySet<string> tags, bool isCSharp)
    {
        Index = index;
        Id = id;
        Type = type;
        Source = source;
        Tags = tags;
        IsCSharp = isCSharp;
    }

    /// <summary>The cell's 0-based position in the notebook's <c>cells</c> array.</summary>
    public int Index { get; }

    /// <summary>The cell's position counted from 1, as messages give it: the third cell is cell 3.</summary>
    public int Number => Index + 1;

    /// <summary>The nbformat 4.5 cell id; null in older notebooks.</summary>
    public string? Id { get; }

    public CellType Type { get; }

    /// <summary>The cell's source, its lines joined.</summary>
    public string Source { get; }

    /// <summary>The tags in <c>metadata.tags</c>.</summary>
    public IReadOnlySet<string> Tags { get; }

    /// <summary>True for a code cell whose kernel is C#: the cells the runner executes.</summary>
    public bool IsCSharp { get; }

    public bool RaisesException => Tags.Contains(RaisesExceptionTag);

    public bool SkipExecution => Tags.Contains(SkipExecutionTag);

    /// <summary>"cell 3 (index 2, id 'a1b2')": how messages name the cell, counted from 1 with its 0-based index and its id.</summary>
    public string Describe() => Describe(Index, Id);

    /// <summary>How messages name the cell at <paramref name="index"/> (0-based) with <paramref name="id"/>.</summary>
    public static string Describe(int index, string? id) =>
        id is null ? $"cell {index + 1} (index {index})" : $"cell {index + 1} (index {index}, id '{id}')";
}
