namespace Calculus.Data;

/// <summary>A point of Anscombe's quartet: which of the four sets it belongs to, and its x and y.</summary>
/// <param name="Set">The set, 1 to 4.</param>
/// <param name="X">x.</param>
/// <param name="Y">y.</param>
public sealed record AnscombePoint(int Set, double X, double Y);
