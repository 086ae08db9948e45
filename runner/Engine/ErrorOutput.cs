namespace Runner.Engine;

/// <summary>
/// A cell's error, in the shape Jupyter stores it: a name, a value and a traceback,
/// plus the 1-based line within the cell where the error is, when it is known.
/// </summary>
public sealed record ErrorOutput(string EName, string EValue, IReadOnlyList<string> Traceback, int? Line) : CellOutput;
