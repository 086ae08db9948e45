namespace Runner.Engine;

/// <summary>How a cell ended: with no error, or with the error it raised or failed to compile with.</summary>
public sealed record CellResult(ErrorOutput? Error)
{
    public static readonly CellResult Success = new((ErrorOutput?)null);

    public bool Succeeded => Error is null;
}
