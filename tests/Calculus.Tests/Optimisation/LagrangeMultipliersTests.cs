using Calculus.Optimisation;
using MathNet.Numerics.LinearAlgebra;
using static Calculus.Tests.Optimisation.Problems;

namespace Calculus.Tests.Optimisation;

public sealed class LagrangeMultipliersTests
{
    // The runs stop when ‖∇L‖ ≤ 1e-10 (the default); with Newton's quadratic convergence the last step leaves an
    // error far smaller still, so x, λ and f agree with the hand-worked values to well within 1e-9.
    private const double SolutionTolerance = 1e-9;

    private static readonly Matrix<double> Zero2 = Matrix<double>.Build.Dense(2, 2);

    /// <summary>The unit circle x² + y² − 1 = 0: ∇g = (2x, 2y), ∇²g = 2I.</summary>
    private static readonly EqualityConstraint UnitCircle = new(
        p => (p[0] * p[0]) + (p[1] * p[1]) - 1,
        p => 2 * p,
        p => 2 * Matrix<double>.Build.DenseIdentity(2));

    [Fact]
    public void FindStationaryPoints_XPlusYOnTheUnitCircle_FindsTheMaximumAndTheMinimum()
    {
        // ∇f = (1, 1) = λ(2x, 2y) gives x = y = 1/(2λ), and x² + y² = 1 gives λ = ±1/√2: the maximum √2 at
        // (1/√2, 1/√2) with λ = 1/√2, the minimum −√2 at (−1/√2, −1/√2) with λ = −1/√2.
        var result = LagrangeMultipliers.FindStationaryPoints(
            p => p[0] + p[1], p => Vec(1, 1), p => Zero2, [UnitCircle],
            [[1.0, 0.0], [-1.0, 0.0], [0.0, 1.0], [0.0, -1.0]]);

        var r = 1 / Math.Sqrt(2);
        Assert.Equal(2, result.Points.Count);
        var maximum = Assert.Single(result.OfKind(StationaryPointKind.Maximum));
        var minimum = Assert.Single(result.OfKind(StationaryPointKind.Minimum));
        Assert.Equal(Math.Sqrt(2), maximum.Value, SolutionTolerance);
        Assert.Equal([r, r], maximum.X.ToArray(), new ToleranceComparer(SolutionTolerance));
        Assert.Equal(r, maximum.Multipliers[0], SolutionTolerance);
        Assert.Equal(-Math.Sqrt(2), minimum.Value, SolutionTolerance);
        Assert.Equal([-r, -r], minimum.X.ToArray(), new ToleranceComparer(SolutionTolerance));
        Assert.Equal(-r, minimum.Multipliers[0], SolutionTolerance);
    }

    [Fact]
    public void FindStationaryPoints_XPlusYOnTheUnitCircle_CurvatureAlongTheCircleIsMinusTwoLambda()
    {
        // H_L = ∇²f − λ∇²g = −2λI, so along the circle's tangent the curvature is −2λ: −√2 at the maximum.
        var result = LagrangeMultipliers.FindStationaryPoints(
            p => p[0] + p[1], p => Vec(1, 1), p => Zero2, [UnitCircle], [[1.0, 0.0]]);

        var point = Assert.Single(result.Points);
        Assert.Equal(-Math.Sqrt(2), Assert.Single(point.TangentCurvatures), SolutionTolerance);
    }

    [Fact]
    public void FindStationaryPoints_StartAtTheCentre_ReportsASingularHessianForThatRun()
    {
        // At the origin ∇g = 0, so the bordered Hessian has a zero row and column: no Newton step exists.
        var result = LagrangeMultipliers.FindStationaryPoints(
            p => p[0] + p[1], p => Vec(1, 1), p => Zero2, [UnitCircle], [[0.0, 0.0], [1.0, 0.0]]);

        Assert.Equal(StopReason.SingularHessian, result.Runs[0].StopReason);
        Assert.Equal(StopReason.Converged, result.Runs[1].StopReason);
        Assert.Single(result.Points);
    }

    [Fact]
    public void FindStationaryPoints_ProductOnALine_IsTheMaximumTwentyFiveAtFiveFive()
    {
        // f = xy on x + y = 10: ∇f = (y, x) = λ(1, 1) gives x = y = λ = 5 and f = 25. Along the line, direction
        // (1, −1)/√2, H_L = [[0, 1], [1, 0]] has curvature −1: a maximum.
        var f = new CallCounter<double>(p => p[0] * p[1]);
        var gradient = new CallCounter<Vector<double>>(p => Vec(p[1], p[0]));
        var hessian = new CallCounter<Matrix<double>>(p => Mat(new double[,] { { 0, 1 }, { 1, 0 } }));
        var g = new CallCounter<double>(p => p[0] + p[1] - 10);
        var gGradient = new CallCounter<Vector<double>>(p => Vec(1, 1));
        var gHessian = new CallCounter<Matrix<double>>(p => Zero2);

        var result = LagrangeMultipliers.FindStationaryPoints(
            f.Invoke, gradient.Invoke, hessian.Invoke, [new EqualityConstraint(g.Invoke, gGradient.Invoke, gHessian.Invoke)], [[0.0, 0.0]]);

        var point = Assert.Single(result.Points);
        Assert.Equal(StationaryPointKind.Maximum, point.Kind);
        Assert.Equal(25, point.Value, SolutionTolerance);
        Assert.Equal([5.0, 5.0], point.X.ToArray(), new ToleranceComparer(SolutionTolerance));
        Assert.Equal(5, point.Multipliers[0], SolutionTolerance);
        Assert.Equal(-1, Assert.Single(point.TangentCurvatures), SolutionTolerance);

        // ∇L is linear in (x, λ) here, so Newton lands in one step. First derivatives at x₀ and x₁ (∇f, g, ∇g: 2 each),
        // Hessians at x₀ (1 each); classifying the point takes ∇g and both Hessians once more, and f once.
        Assert.Equal(1, Assert.Single(result.Runs).Iterations);
        Assert.Equal((1, 2, 2), (f.Calls, gradient.Calls, hessian.Calls));
        Assert.Equal((2, 3, 2), (g.Calls, gGradient.Calls, gHessian.Calls));
        Assert.Equal((f.Calls, gradient.Calls, hessian.Calls), (result.FunctionEvaluations, result.GradientEvaluations, result.HessianEvaluations));
        Assert.Equal((g.Calls, gGradient.Calls, gHessian.Calls), (result.ConstraintEvaluations, result.ConstraintGradientEvaluations, result.ConstraintHessianEvaluations));
    }

    [Fact]
    public void FindStationaryPoints_SaddleOnAPlane_IsNeitherMinimumNorMaximum()
    {
        // f = x² − y² + z on z = 0: ∇f = (2x, −2y, 1) = λ(0, 0, 1) gives the origin with λ = 1. Along the plane
        // H_L = diag(2, −2): up in x, down in y.
        var result = LagrangeMultipliers.FindStationaryPoints(
            p => (p[0] * p[0]) - (p[1] * p[1]) + p[2],
            p => Vec(2 * p[0], -2 * p[1], 1),
            p => Mat(new double[,] { { 2, 0, 0 }, { 0, -2, 0 }, { 0, 0, 0 } }),
            [new EqualityConstraint(p => p[2], p => Vec(0, 0, 1), p => Matrix<double>.Build.Dense(3, 3))],
            [[1.0, 2.0, 3.0]]);

        var point = Assert.Single(result.Points);
        Assert.Equal(StationaryPointKind.Saddle, point.Kind);
        Assert.Equal([-2.0, 2.0], point.TangentCurvatures, new ToleranceComparer(SolutionTolerance));
    }

    [Fact]
    public void FindStationaryPoints_TwoConstraints_FindsTheMultiplierOfEach()
    {
        // f = x + y + z on the unit sphere and the plane z = 0 (the unit circle again): ∇f = (1, 1, 1) =
        // λ₁(2x, 2y, 2z) + λ₂(0, 0, 1) gives the maximum √2 at (1/√2, 1/√2, 0) with λ = (1/√2, 1).
        var sphere = new EqualityConstraint(p => p.DotProduct(p) - 1, p => 2 * p, p => 2 * Matrix<double>.Build.DenseIdentity(3));
        var plane = new EqualityConstraint(p => p[2], p => Vec(0, 0, 1), p => Matrix<double>.Build.Dense(3, 3));

        var result = LagrangeMultipliers.FindStationaryPoints(
            p => p.Sum(), p => Vec(1, 1, 1), p => Matrix<double>.Build.Dense(3, 3), [sphere, plane],
            [[1.0, 0.5, 0.5], [-1.0, -0.5, 0.5]]);

        var maximum = Assert.Single(result.OfKind(StationaryPointKind.Maximum));
        var r = 1 / Math.Sqrt(2);
        Assert.Equal([r, r, 0], maximum.X.ToArray(), new ToleranceComparer(SolutionTolerance));
        Assert.Equal([r, 1], maximum.Multipliers.ToArray(), new ToleranceComparer(SolutionTolerance));
        Assert.Single(result.OfKind(StationaryPointKind.Minimum));
    }

    [Fact]
    public void ToString_Circle_ListsEachPointWithItsKind()
    {
        var text = LagrangeMultipliers.FindStationaryPoints(
            p => p[0] + p[1], p => Vec(1, 1), p => Zero2, [UnitCircle], [[1.0, 0.0], [-1.0, 0.0], [0.0, 0.0]]).ToString();

        Assert.StartsWith("2 stationary points of L(x, λ) = f(x) − Σ λₖ gₖ(x) from 3 starts (2 converged)", text);
        Assert.Contains("maximum   1.41421  (0.707107, 0.707107)", text);
        Assert.Contains("1 run stopped at a singular Hessian", text);
    }

    [Fact]
    public void FindStationaryPoints_BadInput_ThrowsNamingWhatIsWrong()
    {
        Func<Vector<double>, double> f = p => p[0] + p[1];
        Func<Vector<double>, Vector<double>> gradient = p => Vec(1, 1);
        Func<Vector<double>, Matrix<double>> hessian = p => Zero2;

        var noStarts = Assert.Throws<ArgumentException>(() => LagrangeMultipliers.FindStationaryPoints(f, gradient, hessian, [UnitCircle], []));
        var mismatched = Assert.Throws<ArgumentException>(() => LagrangeMultipliers.FindStationaryPoints(f, gradient, hessian, [UnitCircle], [[1.0, 0.0], [1.0, 0.0, 0.0]]));
        var notFinite = Assert.Throws<ArgumentException>(() => LagrangeMultipliers.FindStationaryPoints(f, gradient, hessian, [UnitCircle], [[1.0, 0.0], [double.PositiveInfinity, 0.0]]));
        var noConstraints = Assert.Throws<ArgumentException>(() => LagrangeMultipliers.FindStationaryPoints(f, gradient, hessian, [], [[1.0, 0.0]]));
        var tooManyConstraints = Assert.Throws<ArgumentException>(() => LagrangeMultipliers.FindStationaryPoints(f, gradient, hessian, [UnitCircle, UnitCircle], [[1.0, 0.0]]));
        var wrongGradient = Assert.Throws<ArgumentException>(() => LagrangeMultipliers.FindStationaryPoints(
            f, gradient, hessian, [new EqualityConstraint(p => p[0], p => Vec(1), p => Zero2)], [[1.0, 0.0]]));

        Assert.Equal("starts", noStarts.ParamName);
        Assert.Equal("starts", mismatched.ParamName);
        Assert.Contains("starts[1] has 3 coordinates but starts[0] has 2", mismatched.Message);
        Assert.Equal("starts[1]", notFinite.ParamName);
        Assert.Contains("starts[1][0] is +∞", notFinite.Message);
        Assert.Equal("constraints", noConstraints.ParamName);
        Assert.Equal("constraints", tooManyConstraints.ParamName);
        Assert.Equal("constraints[0].Gradient", wrongGradient.ParamName);
        Assert.Equal("tolerance", Assert.Throws<ArgumentOutOfRangeException>(() => LagrangeMultipliers.FindStationaryPoints(f, gradient, hessian, [UnitCircle], [[1.0, 0.0]], tolerance: 0)).ParamName);
    }
}
