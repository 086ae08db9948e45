namespace Runner.Notebooks;

/// <summary>A notebook cell's <c>cell_type</c>.</summary>
public enum CellType
{
    Code,
    Markdown,
    Raw,
}
