namespace Calculus.Charts;

/// <summary>z = f(x, y) over a grid as colours.</summary>
public sealed class Heatmap : GridTrace
{
    /// <inheritdoc/>
    public override string Type => "heatmap";
}
