using MathNet.Numerics.LinearAlgebra;

namespace Calculus.Optimisation;

/// <summary>
/// Adam (adaptive moment estimation, Kingma and Ba 2015): momentum on the gradient, with each coordinate's step divided
/// by a running size of that coordinate's gradient, so that steep and shallow directions move at similar speeds.
/// </summary>
public static class Adam
{
    /// <summary>
    /// From m₀ = v₀ = 0, for k = 1, 2, …: g = ∇f(x), m ← β₁m + (1 − β₁)g, v ← β₂v + (1 − β₂)g² (component by component),
    /// m̂ = m/(1 − β₁ᵏ), v̂ = v/(1 − β₂ᵏ), x ← x − α·m̂/(√v̂ + ε); until ‖∇f(x)‖ ≤ tolerance.
    /// </summary>
    /// <param name="f">The function to minimise.</param>
    /// <param name="gradient">∇f, with one component per coordinate.</param>
    /// <param name="start">x₀.</param>
    /// <param name="stepSize">α: near the start each coordinate moves by about α per step, whatever the size of its gradient.</param>
    /// <param name="beta1">β₁ in [0, 1): how much of the running mean of the gradient (the momentum) is kept.</param>
    /// <param name="beta2">β₂ in [0, 1): how much of the running mean of the squared gradient is kept.</param>
    /// <param name="epsilon">ε &gt; 0, keeps the division finite where the gradient vanishes.</param>
    /// <param name="tolerance">The length of the gradient below which the run has converged.</param>
    /// <param name="maxIterations">The most steps to take.</param>
    /// <remarks>f need not fall at every step. The bias corrections undo the pull of m₀ = v₀ = 0 in the first steps.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="f"/>, <paramref name="gradient"/> or <paramref name="start"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="start"/> is empty or not finite, or <paramref name="gradient"/> returns the wrong number of components.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stepSize"/>, <paramref name="epsilon"/> or <paramref name="tolerance"/> is not positive and finite, <paramref name="beta1"/> or <paramref name="beta2"/> is outside [0, 1), or <paramref name="maxIterations"/> is less than 1.</exception>
    public static OptimisationResult Minimise(
        Func<Vector<double>, double> f,
        Func<Vector<double>, Vector<double>> gradient,
        IEnumerable<double> start,
        double stepSize,
        double beta1 = 0.9,
        double beta2 = 0.999,
        double epsilon = 1e-8,
        double tolerance = 1e-8,
        int maxIterations = 10_000)
    {
        OptimisationCheck.Positive(stepSize, nameof(stepSize));
        OptimisationCheck.Positive(epsilon, nameof(epsilon));
        OptimisationCheck.Fraction(beta1, nameof(beta1), 0, lowerIncluded: true);
        OptimisationCheck.Fraction(beta2, nameof(beta2), 0, lowerIncluded: true);
        var (objective, path) = Trajectory.Begin($"Adam (α = {Formatting.Number(stepSize)}, β₁ = {Formatting.Number(beta1)}, β₂ = {Formatting.Number(beta2)})", f, gradient, null, start, tolerance, maxIterations);
        var m = Vector<double>.Build.Dense(objective.Dimension);
        var v = Vector<double>.Build.Dense(objective.Dimension);
        for (var k = 1; ; k++)
        {
            var g = objective.Gradient(path.Point);
            if (path.ShouldStop(g, tolerance, out var reason))
            {
                return path.Finish(reason);
            }

            m = (beta1 * m) + ((1 - beta1) * g);
            v = (beta2 * v) + ((1 - beta2) * g.PointwiseMultiply(g));
            var mHat = m / (1 - Math.Pow(beta1, k));
            var vHat = v / (1 - Math.Pow(beta2, k));
            var next = path.Point - (stepSize * mHat.PointwiseDivide(vHat.PointwiseSqrt() + epsilon));
            if (!path.Step(next, objective.Value(next), StepKind.Adam))
            {
                return path.Finish(StopReason.Diverged);
            }
        }
    }
}
