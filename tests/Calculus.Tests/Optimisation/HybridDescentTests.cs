using Calculus.Optimisation;
using MathNet.Numerics.LinearAlgebra;
using static Calculus.Tests.Optimisation.Problems;

namespace Calculus.Tests.Optimisation;

public sealed class HybridDescentTests
{
    // Runs stop when ‖∇f‖ ≤ 1e-8 (the default); near the double well's minima H = diag(2, 1), so x is within ~1e-8.
    private const double StationaryTolerance = 1e-8;

    // Near Rosenbrock's minimum the smallest curvature of H is ≈ 0.4, so ‖∇f‖ ≤ 1e-8 puts x within ≈ 2.5e-8 of (1, 1).
    private const double RosenbrockTolerance = 1e-7;

    [Fact]
    public void Minimise_NearASaddle_TakesGradientStepsThenNewtonSteps()
    {
        // From (0.1, 0.5), H = diag(3x² − 1, 1) is indefinite until |x| > 1/√3 ≈ 0.577, so the first steps are
        // gradient steps (x: 0.1 → 0.199 → 0.390 → 0.721); at 0.721 H is positive definite, but the Newton step to
        // 1.345 would go uphill, so one more gradient step (to 1.067); from there three Newton steps reach (1, 0).
        var f = new CallCounter<double>(DoubleWell);
        var gradient = new CallCounter<Vector<double>>(DoubleWellGradient);
        var hessian = new CallCounter<Matrix<double>>(DoubleWellHessian);

        var result = HybridDescent.Minimise(f.Invoke, gradient.Invoke, hessian.Invoke, [0.1, 0.5]);

        Assert.Equal(StopReason.Converged, result.StopReason);
        Assert.Equal([1.0, 0.0], result.Point.ToArray(), new ToleranceComparer(StationaryTolerance));
        Assert.Equal(-0.25, result.Value, StationaryTolerance);
        Assert.Equal(
            [StepKind.Gradient, StepKind.Gradient, StepKind.Gradient, StepKind.Gradient, StepKind.Newton, StepKind.Newton, StepKind.Newton],
            result.Steps);

        // f: x₀, the four accepted gradient trials (t = 1 passes each time), the refused Newton trial at 0.721 and
        // the three accepted Newton points = 9. ∇f at the 8 iterates; H at the 7 iterates a step was taken from.
        Assert.Equal((9, 8, 7), (f.Calls, gradient.Calls, hessian.Calls));
        Assert.Equal((f.Calls, gradient.Calls, hessian.Calls), (result.FunctionEvaluations, result.GradientEvaluations, result.HessianEvaluations));
    }

    [Fact]
    public void Minimise_Quadratic_TakesTheNewtonStep()
    {
        // Positive definite H, and the step from (1, 1) to (0.2, 0.4) is ‖(−0.8, −0.6)‖ = 1 long: within a radius of 1.5.
        var result = HybridDescent.Minimise(Quadratic, QuadraticGradient, QuadraticHessian, [1.0, 1.0], trustRadius: 1.5);

        Assert.Equal([StepKind.Newton], result.Steps);
        Assert.Equal([0.2, 0.4], result.Point.ToArray(), new ToleranceComparer(StationaryTolerance));
    }

    [Fact]
    public void Minimise_NewtonStepLongerThanTheRadius_FallsBackToAGradientStep()
    {
        // The same step of length 1 is refused when only 0.5 is trusted.
        var result = HybridDescent.Minimise(Quadratic, QuadraticGradient, QuadraticHessian, [1.0, 1.0], trustRadius: 0.5);

        Assert.Equal(StepKind.Gradient, result.Steps[0]);
        Assert.True((result.Iterates[1] - result.Iterates[0]).L2Norm() <= 0.5);
        Assert.Equal(StopReason.Converged, result.StopReason);
    }

    [Fact]
    public void Minimise_Rosenbrock_ReachesTheMinimumMixingBothSteps()
    {
        var result = HybridDescent.Minimise(Rosenbrock, RosenbrockGradient, RosenbrockHessian, [-1.2, 1.0]);

        Assert.Equal(StopReason.Converged, result.StopReason);
        Assert.Equal([1.0, 1.0], result.Point.ToArray(), new ToleranceComparer(RosenbrockTolerance));
        Assert.Contains(StepKind.Newton, result.Steps);
        Assert.Contains(StepKind.Gradient, result.Steps);
    }

    [Fact]
    public void Minimise_BadTrustRadius_ThrowsNamingIt()
    {
        Assert.Equal("trustRadius", Assert.Throws<ArgumentOutOfRangeException>(() =>
            HybridDescent.Minimise(Quadratic, QuadraticGradient, QuadraticHessian, [1.0, 1.0], trustRadius: 0)).ParamName);
    }
}
