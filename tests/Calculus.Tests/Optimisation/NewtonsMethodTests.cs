using Calculus.Optimisation;
using MathNet.Numerics.LinearAlgebra;
using static Calculus.Tests.Optimisation.Problems;

namespace Calculus.Tests.Optimisation;

public sealed class NewtonsMethodTests
{
    // Newton's step on a quadratic is one 2×2 solve with entries of size ~10: exact to a few ulps of 1.
    private const double Rounding = 1e-12;

    // Runs stop when ‖∇f‖ ≤ 1e-8 (the default); near a minimum with curvatures of order 1 that is within ~1e-8.
    private const double StationaryTolerance = 1e-8;

    [Fact]
    public void FindStationaryPoint_Quadratic_ConvergesInOneStep()
    {
        var f = new CallCounter<double>(Quadratic);
        var gradient = new CallCounter<Vector<double>>(QuadraticGradient);
        var hessian = new CallCounter<Matrix<double>>(QuadraticHessian);

        var result = NewtonsMethod.FindStationaryPoint(f.Invoke, gradient.Invoke, hessian.Invoke, [5.0, -3.0]);

        Assert.Equal(StopReason.Converged, result.StopReason);
        Assert.Equal(1, result.Iterations);
        Assert.Equal([0.2, 0.4], result.Point.ToArray(), new ToleranceComparer(Rounding));
        Assert.Equal(StepKind.Newton, result.Steps[0]);

        // ∇f and f at x₀ and x₁, H only at x₀: at x₁ the gradient is already zero.
        Assert.Equal((2, 2, 1), (f.Calls, gradient.Calls, hessian.Calls));
        Assert.Equal((f.Calls, gradient.Calls, hessian.Calls), (result.FunctionEvaluations, result.GradientEvaluations, result.HessianEvaluations));
    }

    [Fact]
    public void FindStationaryPoint_Rosenbrock_ConvergesInAFewSteps()
    {
        // Pure Newton from (−1.2, 1) reaches (1, 1) in 6 steps, against thousands for gradient descent.
        var result = NewtonsMethod.FindStationaryPoint(Rosenbrock, RosenbrockGradient, RosenbrockHessian, [-1.2, 1.0]);

        Assert.Equal(StopReason.Converged, result.StopReason);
        Assert.Equal(6, result.Iterations);
        Assert.Equal([1.0, 1.0], result.Point.ToArray(), new ToleranceComparer(StationaryTolerance));
    }

    [Fact]
    public void FindStationaryPoint_NearASaddle_GoesToTheSaddle()
    {
        // On the double well Newton looks for ∇f = 0, not for low ground: from (0.1, 0.5) it heads for the saddle.
        var result = NewtonsMethod.FindStationaryPoint(DoubleWell, DoubleWellGradient, DoubleWellHessian, [0.1, 0.5]);

        Assert.Equal(StopReason.Converged, result.StopReason);
        Assert.Equal([0.0, 0.0], result.Point.ToArray(), new ToleranceComparer(StationaryTolerance));
    }

    [Fact]
    public void FindStationaryPoint_SingularHessian_ReportsIt()
    {
        // f = x² + y⁴ at (1, 0): ∇f = (2, 0) but H = diag(2, 12y²) = diag(2, 0) has no inverse.
        var result = NewtonsMethod.FindStationaryPoint(
            p => (p[0] * p[0]) + (p[1] * p[1] * p[1] * p[1]),
            p => Vec(2 * p[0], 4 * p[1] * p[1] * p[1]),
            p => Mat(new[,] { { 2, 0 }, { 0, 12 * p[1] * p[1] } }),
            [1.0, 0.0]);

        Assert.Equal(StopReason.SingularHessian, result.StopReason);
        Assert.Equal(0, result.Iterations);
        Assert.Equal(1, result.HessianEvaluations);
    }

    [Fact]
    public void FindStationaryPoint_HessianOfTheWrongSize_ThrowsNamingIt()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            NewtonsMethod.FindStationaryPoint(Quadratic, QuadraticGradient, p => Matrix<double>.Build.DenseIdentity(3), [1.0, 1.0]));

        Assert.Equal("hessian", error.ParamName);
        Assert.Contains("3×3", error.Message);
    }
}
