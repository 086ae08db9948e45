using Calculus.Automatic;

namespace Calculus.Optimisation;

/// <summary>
/// Newton–Raphson in one dimension: follow the tangent at xₙ down to the axis, xₙ₊₁ = xₙ − f(xₙ)/f'(xₙ). Near a
/// simple root the number of correct digits doubles every step; from a bad start it can jump far away, cycle, or
/// meet a flat tangent. Each failure is reported in the result's <see cref="NewtonRaphsonResult.StopReason"/>, never thrown.
/// </summary>
public static class NewtonRaphson
{
    /// <summary>The run is called divergent when |f(xₙ)| has grown at this many iterations in a row.</summary>
    public const int GrowingStepsBeforeDivergence = 5;

    /// <summary>The run is called divergent when |xₙ| passes this many times 1 + |x₀|: far beyond any root it was looking for.</summary>
    public const double DivergenceBound = 1e12;

    /// <summary>A root of f by xₙ₊₁ = xₙ − f(xₙ)/f'(xₙ), with f' supplied; stops when |xₙ₊₁ − xₙ| ≤ tolerance·(1 + |xₙ₊₁|).</summary>
    /// <param name="f">The function whose root is wanted.</param>
    /// <param name="derivative">f', its derivative.</param>
    /// <param name="start">x₀.</param>
    /// <param name="tolerance">The step below which the run has converged, relative to 1 + |xₙ₊₁|; also how close a return to an earlier iterate must be to count as a cycle.</param>
    /// <param name="maxIterations">The most steps to take.</param>
    /// <remarks>Evaluates f and f' once each per row of the table. Divergence, cycling and a zero derivative are results, not exceptions.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="f"/> or <paramref name="derivative"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="start"/> is NaN or infinite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tolerance"/> is not positive and finite, or <paramref name="maxIterations"/> is less than 1.</exception>
    public static NewtonRaphsonResult FindRoot(Func<double, double> f, Func<double, double> derivative, double start, double tolerance = 1e-12, int maxIterations = 100)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(derivative);
        return Iterate(x => (f(x), derivative(x)), start, tolerance, maxIterations);
    }

    /// <summary>A root of f by xₙ₊₁ = xₙ − f(xₙ)/f'(xₙ), with f'(xₙ) from forward-mode automatic differentiation: f(xₙ + ε) = f(xₙ) + f'(xₙ)ε.</summary>
    /// <param name="f">The function, written over dual numbers (for example a function written once over <see cref="IScalar{TSelf}"/>, called with <see cref="Dual"/>).</param>
    /// <param name="start">x₀.</param>
    /// <param name="tolerance">The step below which the run has converged, relative to 1 + |xₙ₊₁|; also how close a return to an earlier iterate must be to count as a cycle.</param>
    /// <param name="maxIterations">The most steps to take.</param>
    /// <remarks>One pass on a dual number gives f and f' together; the result counts it as one evaluation of each.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="f"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="start"/> is NaN or infinite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tolerance"/> is not positive and finite, or <paramref name="maxIterations"/> is less than 1.</exception>
    public static NewtonRaphsonResult FindRoot(Func<Dual, Dual> f, double start, double tolerance = 1e-12, int maxIterations = 100)
    {
        ArgumentNullException.ThrowIfNull(f);
        return Iterate(
            x =>
            {
                var y = f(Dual.Variable(x));
                return (y.Value, y.Derivative);
            },
            start,
            tolerance,
            maxIterations);
    }

    private static NewtonRaphsonResult Iterate(
        Func<double, (double Value, double Derivative)> evaluate,
        double start,
        double tolerance,
        int maxIterations)
    {
        OptimisationCheck.FiniteStart(start, nameof(start));
        OptimisationCheck.Positive(tolerance, nameof(tolerance));
        OptimisationCheck.MaxIterations(maxIterations, nameof(maxIterations));

        var steps = new List<NewtonRaphsonStep>();
        var iterates = new List<double> { start };
        var growingSteps = 0;

        // Every evaluation of f and f' makes one row, so the table's length is the number of evaluations of each.
        NewtonRaphsonResult Stop(StopReason reason) => new(steps, iterates, reason, steps.Count, steps.Count);

        for (var n = 0; ; n++)
        {
            var x = iterates[n];
            var (value, slope) = evaluate(x);

            // Checks on f and f' at xₙ, before any step is taken from it.
            if (!double.IsFinite(value) || !double.IsFinite(slope))
            {
                steps.Add(new NewtonRaphsonStep(n, x, value, slope, double.NaN));
                return Stop(StopReason.Diverged);
            }

            if (value == 0)
            {
                steps.Add(new NewtonRaphsonStep(n, x, value, slope, 0));
                return Stop(StopReason.Converged);
            }

            growingSteps = n > 0 && Math.Abs(value) > Math.Abs(steps[n - 1].Value) ? growingSteps + 1 : 0;
            if (growingSteps >= GrowingStepsBeforeDivergence)
            {
                steps.Add(new NewtonRaphsonStep(n, x, value, slope, double.NaN));
                return Stop(StopReason.Diverged);
            }

            if (slope == 0)
            {
                steps.Add(new NewtonRaphsonStep(n, x, value, slope, double.NaN));
                return Stop(StopReason.ZeroDerivative);
            }

            // The step: follow the tangent to where it meets the axis.
            var step = -value / slope;
            steps.Add(new NewtonRaphsonStep(n, x, value, slope, step));
            var next = x + step;
            if (!double.IsFinite(next))
            {
                return Stop(StopReason.Diverged);
            }

            iterates.Add(next);

            // Checks on xₙ₊₁.
            if (Math.Abs(step) <= tolerance * (1 + Math.Abs(next)))
            {
                return Stop(StopReason.Converged);
            }

            if (Math.Abs(next) > DivergenceBound * (1 + Math.Abs(start)))
            {
                return Stop(StopReason.Diverged);
            }

            for (var k = 0; k < n; k++)
            {
                if (Math.Abs(next - iterates[k]) <= tolerance * (1 + Math.Abs(next)))
                {
                    return Stop(StopReason.Cycling);
                }
            }

            if (n + 1 == maxIterations)
            {
                return Stop(StopReason.MaxIterations);
            }
        }
    }
}
