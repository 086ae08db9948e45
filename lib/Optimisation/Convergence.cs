namespace Calculus.Optimisation;

/// <summary>
/// The order of convergence p of a sequence of iterates, measured from its errors eₙ = |xₙ − x*|: if
/// eₙ₊₁ ≈ C·eₙᵖ then p ≈ ln(eₙ₊₁/eₙ) / ln(eₙ/eₙ₋₁). Newton–Raphson has p = 2 at a simple root (the digits
/// double each step) and p = 1 at a double root.
/// </summary>
public static class Convergence
{
    /// <summary>
    /// Errors within this many units of rounding of the root (64·ε·|x*| ≈ 1.4·10⁻¹⁴·|x*|) are rounding noise,
    /// not convergence, and are left out: a few dozen ulps covers the rounding of xₙ and of x* themselves.
    /// </summary>
    public const double RoundingUlps = 64;

    // ε = 2⁻⁵², the gap between 1 and the next double (not double.Epsilon, which is the smallest positive double).
    private const double MachineEpsilon = 2.220446049250313e-16;

    /// <summary>pₙ = ln(eₙ₊₁/eₙ) / ln(eₙ/eₙ₋₁) for each three consecutive errors eₙ = |xₙ − x*| above rounding, in order.</summary>
    /// <param name="iterates">x₀, x₁, …, for example <see cref="NewtonRaphsonResult.Iterates"/>.</param>
    /// <param name="root">x*, the root if known; by default the last iterate stands in for it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="iterates"/> is null.</exception>
    /// <exception cref="ArgumentException">An iterate or the root is NaN or infinite.</exception>
    public static IReadOnlyList<double> OrderEstimates(IReadOnlyList<double> iterates, double? root = null)
    {
        ArgumentNullException.ThrowIfNull(iterates);
        if (iterates.Count == 0)
        {
            return [];
        }

        for (var n = 0; n < iterates.Count; n++)
        {
            if (!double.IsFinite(iterates[n]))
            {
                throw new ArgumentException($"iterates[{n}] is {Check.Describe(iterates[n])}; errors need finite iterates.", nameof(iterates));
            }
        }

        var target = root ?? iterates[^1];
        if (!double.IsFinite(target))
        {
            throw new ArgumentException($"root is {Check.Describe(target)}; errors need a finite root.", nameof(root));
        }

        var floor = RoundingUlps * MachineEpsilon * Math.Abs(target);
        var errors = iterates.Select(x => Math.Abs(x - target)).ToArray();
        var estimates = new List<double>();
        for (var n = 1; n + 1 < errors.Length; n++)
        {
            if (errors[n - 1] > floor && errors[n] > floor && errors[n + 1] > floor)
            {
                var estimate = Math.Log(errors[n + 1] / errors[n]) / Math.Log(errors[n] / errors[n - 1]);
                if (double.IsFinite(estimate))
                {
                    estimates.Add(estimate);
                }
            }
        }

        return estimates;
    }

    /// <summary>p ≈ ln(eₙ₊₁/eₙ) / ln(eₙ/eₙ₋₁) from the last three errors above rounding, those nearest the root, where the order shows.</summary>
    /// <param name="iterates">x₀, x₁, …, for example <see cref="NewtonRaphsonResult.Iterates"/>.</param>
    /// <param name="root">x*, the root if known; by default the last iterate stands in for it (then the last few errors are distorted when convergence is only linear, so pass the root when you know it).</param>
    /// <exception cref="ArgumentNullException"><paramref name="iterates"/> is null.</exception>
    /// <exception cref="ArgumentException">An iterate or the root is NaN or infinite, or fewer than three consecutive errors are above rounding.</exception>
    public static double Order(IReadOnlyList<double> iterates, double? root = null)
    {
        var estimates = OrderEstimates(iterates, root);
        if (estimates.Count == 0)
        {
            throw new ArgumentException($"The order needs three consecutive iterates whose errors |xₙ − x*| are above rounding; these {iterates.Count} iterates do not have them (converged at once, or the root given is not where they go).", nameof(iterates));
        }

        return estimates[^1];
    }
}
