namespace Calculus.FiniteDifferences;

/// <summary>
/// A difference scheme as a formula: f'(x) ≈ Σₖ wₖ·f(x + oₖh) / (d·h), with offsets oₖ, weights wₖ and divisor d.
/// Central differences, for example, have offsets (1, −1), weights (1, −1) and divisor 2.
/// </summary>
/// <param name="Offsets">Where f is evaluated, in steps h from x.</param>
/// <param name="Weights">The weight of each of those values.</param>
/// <param name="Divisor">The number d in the denominator d·h.</param>
public sealed record Stencil(int[] Offsets, double[] Weights, double Divisor)
{
    /// <summary>The stencil of a scheme: forward (1, 0), backward (0, −1), central (1, −1)/2, five-point (2, 1, −1, −2)/12.</summary>
    public static Stencil Of(DifferenceScheme scheme) => scheme switch
    {
        DifferenceScheme.Forward => new([1, 0], [1, -1], 1),
        DifferenceScheme.Backward => new([0, -1], [1, -1], 1),
        DifferenceScheme.Central => new([1, -1], [1, -1], 2),
        DifferenceScheme.FivePoint => new([2, 1, -1, -2], [-1, 8, -8, 1], 12),
        _ => throw new ArgumentOutOfRangeException(nameof(scheme), scheme, "Unknown difference scheme."),
    };

    /// <summary>Whether the scheme uses f(x) itself (offset 0), which a gradient can then share between axes.</summary>
    public bool UsesCentre => Offsets.Contains(0);
}
