using MathNet.Numerics.LinearAlgebra;

namespace Calculus.Optimisation;

/// <summary>
/// Newton's method in several dimensions: model f near xₖ by its second-order Taylor series
/// f + ∇f·Δ + ½ΔᵀHΔ and jump to where the model is stationary, H Δ = −∇f. On a quadratic it lands on the stationary point,
/// whatever its kind, in one step; near a minimum it converges quadratically. It looks for ∇f = 0, so it heads for a saddle or a
/// maximum just as readily as for a minimum (see <see cref="HybridDescent"/> for a method that only goes downhill).
/// </summary>
public static class NewtonsMethod
{
    /// <summary>xₖ₊₁ = xₖ + Δ with H(xₖ)Δ = −∇f(xₖ), until ‖∇f(xₖ)‖ ≤ tolerance: a stationary point of f (minimum, maximum or saddle).</summary>
    /// <param name="f">The function (evaluated at every iterate for <see cref="OptimisationResult.Values"/>; Newton's step itself needs only ∇f and H).</param>
    /// <param name="gradient">∇f, with one component per coordinate.</param>
    /// <param name="hessian">H, the n×n matrix of second derivatives Hᵢⱼ = ∂²f/∂xᵢ∂xⱼ.</param>
    /// <param name="start">x₀.</param>
    /// <param name="tolerance">The length of the gradient below which the run has converged.</param>
    /// <param name="maxIterations">The most steps to take.</param>
    /// <remarks>A singular Hessian (condition number over 10¹²) stops the run with <see cref="StopReason.SingularHessian"/>; it is not thrown.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="f"/>, <paramref name="gradient"/>, <paramref name="hessian"/> or <paramref name="start"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="start"/> is empty or not finite, or the gradient or Hessian has the wrong size.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tolerance"/> is not positive and finite, or <paramref name="maxIterations"/> is less than 1.</exception>
    public static OptimisationResult FindStationaryPoint(
        Func<Vector<double>, double> f,
        Func<Vector<double>, Vector<double>> gradient,
        Func<Vector<double>, Matrix<double>> hessian,
        IEnumerable<double> start,
        double tolerance = 1e-8,
        int maxIterations = 100)
    {
        ArgumentNullException.ThrowIfNull(hessian);
        var (objective, path) = Trajectory.Begin("Newton's method", f, gradient, hessian, start, tolerance, maxIterations);
        while (true)
        {
            var g = objective.Gradient(path.Point);
            if (path.ShouldStop(g, tolerance, out var reason))
            {
                return path.Finish(reason);
            }

            var h = objective.Hessian(path.Point);
            if (!LinearSystem.IsFinite(h))
            {
                return path.Finish(StopReason.Diverged);
            }

            if (!LinearSystem.TrySolve(h, -g, out var delta))
            {
                return path.Finish(StopReason.SingularHessian);
            }

            var next = path.Point + delta;
            if (!path.Step(next, objective.Value(next), StepKind.Newton))
            {
                return path.Finish(StopReason.Diverged);
            }
        }
    }
}
