namespace Calculus.Charts;

/// <summary>z = f(x, y) over a grid as colours.</summary>
public sealed class Heatmap : GridTrace
{
    /// <inheritdoc/>
    private protected override string TypeName => "heatmap";
}
