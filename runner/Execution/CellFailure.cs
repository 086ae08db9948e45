using Runner.Notebooks;

namespace Runner.Execution;

/// <summary>A cell that failed: the notebook, the cell (number and id), the line within it when known, and the error.</summary>
public sealed record CellFailure(string NotebookPath, NotebookCell? Cell, int? Line, string Message)
{
    /// <summary>"notebooks/01.ipynb, cell 3 (id 'a1b2'), line 2: (2,5): error CS0103: ..."</summary>
    public override string ToString()
    {
        var where = Cell is null ? NotebookPath : $"{NotebookPath}, {Cell.Describe()}";
        if (Line is { } line)
        {
            where += $", line {line}";
        }

        return $"{where}: {Message}";
    }
}
