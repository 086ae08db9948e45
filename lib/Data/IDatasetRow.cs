namespace Calculus.Data;

/// <summary>A row type that knows what a valid row looks like (a positive uncertainty, a non-negative count).</summary>
public interface IDatasetRow
{
    /// <summary>What is wrong with this row, or null when nothing is.</summary>
    string? Problem { get; }
}
