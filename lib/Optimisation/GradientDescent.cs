using MathNet.Numerics.LinearAlgebra;

namespace Calculus.Optimisation;

/// <summary>
/// Gradient descent: step downhill, against the gradient, until the gradient vanishes. Three ways to choose the step:
/// a fixed step size α; backtracking, which shortens a trial step until f falls enough (Armijo); and momentum (the
/// heavy ball), which keeps part of the previous step so that it rolls along narrow valleys instead of zig-zagging.
/// </summary>
/// <remarks>
/// Each method evaluates ∇f once per iterate and f at every iterate (for <see cref="OptimisationResult.Values"/> and
/// the divergence test) and at every trial point of a line search. The gradient can come from anywhere: by hand, from
/// <c>x => ReverseMode.Gradient(F, x.ToArray())</c>, or <c>x => FiniteDifference.Gradient(f, x.ToArray())</c>.
/// Divergence, a failed line search and the iteration limit are results, not exceptions.
/// </remarks>
public static class GradientDescent
{
    /// <summary>xₖ₊₁ = xₖ − α∇f(xₖ) with a fixed step size α, until ‖∇f(xₖ)‖ ≤ tolerance.</summary>
    /// <param name="f">The function to minimise.</param>
    /// <param name="gradient">∇f, with one component per coordinate.</param>
    /// <param name="start">x₀.</param>
    /// <param name="stepSize">α, the learning rate; too large and the iterates overshoot and diverge.</param>
    /// <param name="tolerance">The length of the gradient below which the run has converged.</param>
    /// <param name="maxIterations">The most steps to take.</param>
    /// <exception cref="ArgumentNullException"><paramref name="f"/>, <paramref name="gradient"/> or <paramref name="start"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="start"/> is empty or not finite, or <paramref name="gradient"/> returns the wrong number of components.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stepSize"/> or <paramref name="tolerance"/> is not positive and finite, or <paramref name="maxIterations"/> is less than 1.</exception>
    public static OptimisationResult FixedStep(
        Func<Vector<double>, double> f,
        Func<Vector<double>, Vector<double>> gradient,
        IEnumerable<double> start,
        double stepSize,
        double tolerance = 1e-8,
        int maxIterations = 10_000)
    {
        OptimisationCheck.Positive(stepSize, nameof(stepSize));
        var (objective, path) = Trajectory.Begin($"Gradient descent (fixed step α = {Formatting.Number(stepSize)})", f, gradient, null, start, tolerance, maxIterations);
        while (true)
        {
            var g = objective.Gradient(path.Point);
            if (path.ShouldStop(g, tolerance, out var reason))
            {
                return path.Finish(reason);
            }

            var next = path.Point - (stepSize * g);
            if (!path.Step(next, objective.Value(next), StepKind.Gradient))
            {
                return path.Finish(StopReason.Diverged);
            }
        }
    }

    /// <summary>xₖ₊₁ = xₖ − t∇f(xₖ), with t = t₀, ρt₀, ρ²t₀, … the first to pass Armijo's test f(xₖ₊₁) ≤ f(xₖ) − c·t·‖∇f(xₖ)‖².</summary>
    /// <param name="f">The function to minimise.</param>
    /// <param name="gradient">∇f, with one component per coordinate.</param>
    /// <param name="start">x₀.</param>
    /// <param name="initialStep">t₀, the step tried first at every iteration.</param>
    /// <param name="tolerance">The length of the gradient below which the run has converged.</param>
    /// <param name="maxIterations">The most steps to take.</param>
    /// <param name="shrink">ρ, the factor that shortens a rejected step, in (0, 1).</param>
    /// <param name="sufficientDecrease">c, the fraction of the decrease t‖∇f‖² promised by the gradient that f must deliver, in (0, 1); 10⁻⁴ is customary.</param>
    /// <remarks>When no step passes before t∇f rounds away to nothing, the run stops with <see cref="StopReason.LineSearchFailed"/>: a wrong gradient, or a tolerance below rounding.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="f"/>, <paramref name="gradient"/> or <paramref name="start"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="start"/> is empty or not finite, or <paramref name="gradient"/> returns the wrong number of components.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="initialStep"/> or <paramref name="tolerance"/> is not positive and finite, <paramref name="shrink"/> or <paramref name="sufficientDecrease"/> is outside (0, 1), or <paramref name="maxIterations"/> is less than 1.</exception>
    public static OptimisationResult Backtracking(
        Func<Vector<double>, double> f,
        Func<Vector<double>, Vector<double>> gradient,
        IEnumerable<double> start,
        double initialStep = 1,
        double tolerance = 1e-8,
        int maxIterations = 10_000,
        double shrink = 0.5,
        double sufficientDecrease = 1e-4)
    {
        OptimisationCheck.Positive(initialStep, nameof(initialStep));
        OptimisationCheck.Fraction(shrink, nameof(shrink), 0, lowerIncluded: false);
        OptimisationCheck.Fraction(sufficientDecrease, nameof(sufficientDecrease), 0, lowerIncluded: false);
        var (objective, path) = Trajectory.Begin("Gradient descent with backtracking", f, gradient, null, start, tolerance, maxIterations);
        while (true)
        {
            var g = objective.Gradient(path.Point);
            if (path.ShouldStop(g, tolerance, out var reason))
            {
                return path.Finish(reason);
            }

            // Downhill is −∇f; the slope along it is ∇f·(−∇f) = −‖∇f‖².
            var found = LineSearch.TryBacktrack(objective, path.Point, path.Value, -g, -g.DotProduct(g), initialStep, shrink, sufficientDecrease, out var next, out var value);
            if (!found)
            {
                return path.Finish(StopReason.LineSearchFailed);
            }

            if (!path.Step(next, value, StepKind.Gradient))
            {
                return path.Finish(StopReason.Diverged);
            }
        }
    }

    /// <summary>The heavy ball: vₖ₊₁ = βvₖ − α∇f(xₖ), xₖ₊₁ = xₖ + vₖ₊₁, from v₀ = 0, until ‖∇f(xₖ)‖ ≤ tolerance.</summary>
    /// <param name="f">The function to minimise.</param>
    /// <param name="gradient">∇f, with one component per coordinate.</param>
    /// <param name="start">x₀.</param>
    /// <param name="stepSize">α, the learning rate.</param>
    /// <param name="momentum">β in [0, 1), the fraction of the last step kept; β = 0 is plain gradient descent.</param>
    /// <param name="tolerance">The length of the gradient below which the run has converged.</param>
    /// <param name="maxIterations">The most steps to take.</param>
    /// <remarks>f need not fall at every step: the ball can roll uphill for a while on its momentum.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="f"/>, <paramref name="gradient"/> or <paramref name="start"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="start"/> is empty or not finite, or <paramref name="gradient"/> returns the wrong number of components.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stepSize"/> or <paramref name="tolerance"/> is not positive and finite, <paramref name="momentum"/> is outside [0, 1), or <paramref name="maxIterations"/> is less than 1.</exception>
    public static OptimisationResult Momentum(
        Func<Vector<double>, double> f,
        Func<Vector<double>, Vector<double>> gradient,
        IEnumerable<double> start,
        double stepSize,
        double momentum = 0.9,
        double tolerance = 1e-8,
        int maxIterations = 10_000)
    {
        OptimisationCheck.Positive(stepSize, nameof(stepSize));
        OptimisationCheck.Fraction(momentum, nameof(momentum), 0, lowerIncluded: true);
        var (objective, path) = Trajectory.Begin($"Gradient descent with momentum (α = {Formatting.Number(stepSize)}, β = {Formatting.Number(momentum)})", f, gradient, null, start, tolerance, maxIterations);
        var velocity = Vector<double>.Build.Dense(objective.Dimension);
        while (true)
        {
            var g = objective.Gradient(path.Point);
            if (path.ShouldStop(g, tolerance, out var reason))
            {
                return path.Finish(reason);
            }

            velocity = (momentum * velocity) - (stepSize * g);
            var next = path.Point + velocity;
            if (!path.Step(next, objective.Value(next), StepKind.Momentum))
            {
                return path.Finish(StopReason.Diverged);
            }
        }
    }
}
