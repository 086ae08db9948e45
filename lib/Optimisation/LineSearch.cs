using MathNet.Numerics.LinearAlgebra;

namespace Calculus.Optimisation;

/// <summary>Backtracking line search: try a step, and shorten it until f falls by enough (Armijo's sufficient-decrease test).</summary>
internal static class LineSearch
{
    /// <summary>
    /// t = t₀, ρt₀, ρ²t₀, … until f(x + t d) ≤ f(x) + c·t·∇f(x)·d; false when the step has shrunk so far that
    /// x + t d rounds to x and the test still fails (no step downhill at working precision).
    /// </summary>
    /// <param name="objective">f, counted at every trial point.</param>
    /// <param name="x">The current point.</param>
    /// <param name="value">f(x).</param>
    /// <param name="direction">d, a direction that should go downhill (for gradient descent, −∇f).</param>
    /// <param name="slope">∇f(x)·d, negative when d goes downhill.</param>
    /// <param name="initialStep">t₀.</param>
    /// <param name="shrink">ρ in (0, 1).</param>
    /// <param name="sufficientDecrease">c in (0, 1): the fraction of the first-order decrease t·∇f·d that f must achieve.</param>
    /// <param name="next">x + t d, when found.</param>
    /// <param name="nextValue">f(x + t d), when found.</param>
    public static bool TryBacktrack(
        CountingObjective objective,
        Vector<double> x,
        double value,
        Vector<double> direction,
        double slope,
        double initialStep,
        double shrink,
        double sufficientDecrease,
        out Vector<double> next,
        out double nextValue)
    {
        for (var t = initialStep; ; t *= shrink)
        {
            next = x + (t * direction);
            if (RoundsTo(next, x))
            {
                nextValue = value;
                return false;
            }

            // A NaN or infinite trial value fails the comparison, so the step is shortened.
            nextValue = objective.Value(next);
            if (nextValue <= value + (sufficientDecrease * t * slope))
            {
                return true;
            }
        }
    }

    private static bool RoundsTo(Vector<double> moved, Vector<double> x)
    {
        for (var i = 0; i < x.Count; i++)
        {
            if (moved[i] != x[i])
            {
                return false;
            }
        }

        return true;
    }
}
