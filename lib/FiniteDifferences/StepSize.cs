namespace Calculus.FiniteDifferences;

/// <summary>
/// The step h that balances truncation error (which shrinks like hᵖ) against round-off error (which grows
/// like ε/h, ε the machine epsilon): h ≈ ε^(1/(p+1)) · max(1, |x|), for a scheme of order p.
/// </summary>
public static class StepSize
{
    /// <summary>ε = 2⁻⁵², the gap between 1 and the next double.</summary>
    public const double MachineEpsilon = 2.220446049250313e-16;

    /// <summary>The order p of a scheme's truncation error O(hᵖ): 1 forward and backward, 2 central, 4 five-point.</summary>
    public static int Order(DifferenceScheme scheme) => scheme switch
    {
        DifferenceScheme.Forward or DifferenceScheme.Backward => 1,
        DifferenceScheme.Central => 2,
        DifferenceScheme.FivePoint => 4,
        _ => throw new ArgumentOutOfRangeException(nameof(scheme), scheme, "Unknown difference scheme."),
    };

    /// <summary>h = ε^(1/(p+1)) · max(1, |x|): about 1.5e-8 forward, 6.1e-6 central and 7.4e-4 five-point at |x| ≤ 1.</summary>
    public static double Optimal(DifferenceScheme scheme, double x) =>
        Math.Pow(MachineEpsilon, 1.0 / (Order(scheme) + 1)) * Math.Max(1.0, Math.Abs(x));

    /// <summary>h = ε^(1/4) · max(1, |x|), about 1.2e-4: the balance for the second difference, whose error is O(h²) + O(ε/h²).</summary>
    public static double OptimalForSecondDerivative(double x) =>
        Math.Pow(MachineEpsilon, 0.25) * Math.Max(1.0, Math.Abs(x));
}
