using MathNet.Numerics.LinearAlgebra;

namespace Calculus.Optimisation;

/// <summary>
/// A hybrid of Newton's method and gradient descent: take the Newton step H Δ = −∇f when it is safe (H is positive
/// definite, so the step heads for the model's minimum; it is no longer than a trust radius; and f really falls),
/// and a gradient step with backtracking otherwise. Far from a minimum, or near a saddle where H is indefinite, it
/// walks downhill; close to a minimum it converges as fast as Newton. <see cref="OptimisationResult.Steps"/> says which step each iteration took.
/// </summary>
public static class HybridDescent
{
    // Halve a rejected gradient step.
    private const double BacktrackingShrink = 0.5;

    // Armijo's constant: f must fall by at least 10⁻⁴ of what the gradient promises, the customary choice.
    private const double SufficientDecrease = 1e-4;

    /// <summary>Newton's step xₖ₊₁ = xₖ − H⁻¹∇f when H ≻ 0, ‖Δ‖ ≤ R and f falls; otherwise xₖ₊₁ = xₖ − t∇f with t ≤ R/‖∇f‖ by backtracking.</summary>
    /// <param name="f">The function to minimise.</param>
    /// <param name="gradient">∇f, with one component per coordinate.</param>
    /// <param name="hessian">H, the n×n matrix of second derivatives Hᵢⱼ = ∂²f/∂xᵢ∂xⱼ.</param>
    /// <param name="start">x₀.</param>
    /// <param name="trustRadius">R, the longest step trusted: a longer Newton step is refused, and a gradient step starts no longer than R.</param>
    /// <param name="tolerance">The length of the gradient below which the run has converged.</param>
    /// <param name="maxIterations">The most steps to take.</param>
    /// <remarks>
    /// Each iteration evaluates ∇f and H once, f at the Newton trial point, and f at each trial point of the
    /// backtracking (ρ = 1/2, Armijo's c = 10⁻⁴) when it falls back. A failed line search is reported as
    /// <see cref="StopReason.LineSearchFailed"/>, not thrown.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="f"/>, <paramref name="gradient"/>, <paramref name="hessian"/> or <paramref name="start"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="start"/> is empty or not finite, or the gradient or Hessian has the wrong size.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="trustRadius"/> or <paramref name="tolerance"/> is not positive and finite, or <paramref name="maxIterations"/> is less than 1.</exception>
    public static OptimisationResult Minimise(
        Func<Vector<double>, double> f,
        Func<Vector<double>, Vector<double>> gradient,
        Func<Vector<double>, Matrix<double>> hessian,
        IEnumerable<double> start,
        double trustRadius = 1,
        double tolerance = 1e-8,
        int maxIterations = 1_000)
    {
        ArgumentNullException.ThrowIfNull(hessian);
        OptimisationCheck.Positive(trustRadius, nameof(trustRadius));
        var (objective, path) = Trajectory.Begin($"Hybrid Newton–gradient descent (trust radius {Formatting.Number(trustRadius)})", f, gradient, hessian, start, tolerance, maxIterations);
        while (true)
        {
            var g = objective.Gradient(path.Point);
            if (path.ShouldStop(g, tolerance, out var reason))
            {
                return path.Finish(reason);
            }

            // The Newton step, if H has a minimum to head for and the step is short enough to trust.
            var h = objective.Hessian(path.Point);
            if (LinearSystem.IsPositiveDefinite(h)
                && LinearSystem.TrySolve(h, -g, out var delta)
                && delta.L2Norm() <= trustRadius)
            {
                var newtonPoint = path.Point + delta;
                var newtonValue = objective.Value(newtonPoint);
                if (newtonValue < path.Value)
                {
                    if (!path.Step(newtonPoint, newtonValue, StepKind.Newton))
                    {
                        return path.Finish(StopReason.Diverged);
                    }

                    continue;
                }
            }

            // Otherwise a gradient step, at most R long, shortened until f falls enough.
            var initialStep = Math.Min(1, trustRadius / g.L2Norm());
            if (!LineSearch.TryBacktrack(objective, path.Point, path.Value, -g, -g.DotProduct(g), initialStep, BacktrackingShrink, SufficientDecrease, out var next, out var value))
            {
                return path.Finish(StopReason.LineSearchFailed);
            }

            if (!path.Step(next, value, StepKind.Gradient))
            {
                return path.Finish(StopReason.Diverged);
            }
        }
    }
}
