using Calculus.Optimisation;
using MathNet.Numerics.LinearAlgebra;
using static Calculus.Tests.Optimisation.Problems;

namespace Calculus.Tests.Optimisation;

public sealed class GradientDescentTests
{
    // The runs below stop when ‖∇f‖ ≤ 1e-8 (the default); on the bowl x² + 4y² that puts x within 1e-8/2 of 0.
    private const double BowlTolerance = 1e-8;

    // Near Rosenbrock's minimum the smallest curvature of H is ≈ 0.4, so ‖∇f‖ ≤ 1e-5 puts x within ≈ 1e-5/0.4 = 2.5e-5
    // of (1, 1): inside the 1e-4 the course asks for.
    private const double RosenbrockGradientTolerance = 1e-5;
    private const double RosenbrockDistance = 1e-4;

    // The iterations gradient descent with backtracking (t₀ = 1, ρ = 1/2, c = 1e-4) takes from (−1.2, 1) to reach
    // ‖∇f‖ ≤ 1e-5 on Rosenbrock, as this implementation counts them: slow, because the steps zig-zag across the valley.
    private const int RosenbrockIterations = 10_916;

    // Armijo's constant c: Backtracking's default sufficientDecrease.
    private const double ArmijoConstant = 1e-4;

    [Fact]
    public void FixedStep_Bowl_ReachesTheMinimumInTheHandWorkedNumberOfSteps()
    {
        // With α = 0.1: x ← (1 − 0.2)x = 0.8x and y ← (1 − 0.8)y = 0.2y. From (2, 1), ‖∇f‖ ≈ 2·2·0.8ᵏ, which is
        // ≤ 1e-8 first at k = ⌈ln(2.5e-9)/ln 0.8⌉ = ⌈88.8⌉ = 89.
        var f = new CallCounter<double>(Bowl);
        var gradient = new CallCounter<Vector<double>>(BowlGradient);

        var result = GradientDescent.FixedStep(f.Invoke, gradient.Invoke, [2.0, 1.0], stepSize: 0.1);

        Assert.Equal(StopReason.Converged, result.StopReason);
        Assert.Equal(89, result.Iterations);
        Assert.Equal(1.6, result.Iterates[1][0], BowlTolerance);
        Assert.Equal(0.2, result.Iterates[1][1], BowlTolerance);
        Assert.Equal(0, result.Point[0], BowlTolerance);
        Assert.Equal(0, result.Point[1], BowlTolerance);

        // f and ∇f once at each of the 90 iterates x₀ … x₈₉.
        Assert.Equal(90, f.Calls);
        Assert.Equal(90, gradient.Calls);
        Assert.Equal(f.Calls, result.FunctionEvaluations);
        Assert.Equal(gradient.Calls, result.GradientEvaluations);
        Assert.Equal(0, result.HessianEvaluations);
        Assert.All(result.Steps, step => Assert.Equal(StepKind.Gradient, step));
    }

    [Fact]
    public void FixedStep_StepTooLarge_Diverges()
    {
        // With α = 0.3, y ← (1 − 2.4)y = −1.4y: the iterates overshoot further each time and f = 4y² grows like 1.96ᵏ
        // until it passes 1e10 times its start (f₀ = 8, so 4·1.96ᵏ > 9e10): at k = 36.
        var result = GradientDescent.FixedStep(Bowl, BowlGradient, [2.0, 1.0], stepSize: 0.3);

        Assert.Equal(StopReason.Diverged, result.StopReason);
        Assert.False(result.Converged);
        Assert.Equal(36, result.Iterations);
        Assert.Equal(-1.4, result.Iterates[1][1], BowlTolerance);
        Assert.Equal(1.96, result.Iterates[2][1], BowlTolerance);
    }

    [Fact]
    public void Backtracking_Rosenbrock_GetsWithinOneTenThousandthOfTheMinimum()
    {
        var f = new CallCounter<double>(Rosenbrock);
        var gradient = new CallCounter<Vector<double>>(RosenbrockGradient);

        var result = GradientDescent.Backtracking(f.Invoke, gradient.Invoke, [-1.2, 1.0], tolerance: RosenbrockGradientTolerance, maxIterations: 100_000);

        Assert.Equal(StopReason.Converged, result.StopReason);
        Assert.True((result.Point - Vec(1, 1)).L2Norm() < RosenbrockDistance);
        Assert.Equal(RosenbrockIterations, result.Iterations);

        // ∇f once per iterate; f at x₀ and at every trial point of every line search.
        Assert.Equal(RosenbrockIterations + 1, gradient.Calls);
        Assert.Equal(f.Calls, result.FunctionEvaluations);
        Assert.Equal(gradient.Calls, result.GradientEvaluations);
        Assert.True(f.Calls > 1 + RosenbrockIterations);
    }

    [Fact]
    public void Backtracking_EveryStep_PassesArmijosTest()
    {
        var result = GradientDescent.Backtracking(Rosenbrock, RosenbrockGradient, [-1.2, 1.0], maxIterations: 200);

        for (var k = 0; k < result.Iterations; k++)
        {
            // xₖ₊₁ = xₖ − t∇f, so t‖∇f‖² = ∇f·(xₖ − xₖ₊₁); Armijo asks f to fall by at least c times it.
            var g = RosenbrockGradient(result.Iterates[k]);
            var promised = g.DotProduct(result.Iterates[k] - result.Iterates[k + 1]);
            Assert.True(result.Values[k + 1] <= result.Values[k] - (ArmijoConstant * promised));
        }
    }

    [Fact]
    public void Backtracking_GradientPointingUphill_ReportsLineSearchFailed()
    {
        // A gradient with the wrong sign: every "downhill" trial step goes uphill, however short.
        var result = GradientDescent.Backtracking(Bowl, p => -BowlGradient(p), [2.0, 1.0]);

        Assert.Equal(StopReason.LineSearchFailed, result.StopReason);
        Assert.Equal(0, result.Iterations);
    }

    [Fact]
    public void Momentum_Bowl_ConvergesInFewerStepsThanAFixedStep()
    {
        var plain = GradientDescent.FixedStep(Bowl, BowlGradient, [2.0, 1.0], stepSize: 0.1);
        var heavyBall = GradientDescent.Momentum(Bowl, BowlGradient, [2.0, 1.0], stepSize: 0.1, momentum: 0.5);

        Assert.Equal(StopReason.Converged, heavyBall.StopReason);
        Assert.Equal(0, heavyBall.Point[0], BowlTolerance);
        Assert.True(heavyBall.Iterations < plain.Iterations);
        Assert.All(heavyBall.Steps, step => Assert.Equal(StepKind.Momentum, step));
    }

    [Fact]
    public void Momentum_FirstTwoSteps_AreTheHandWorkedHeavyBallSteps()
    {
        // v₁ = −0.1·(4, 8) = (−0.4, −0.8), x₁ = (1.6, 0.2); v₂ = 0.5v₁ − 0.1·(3.2, 1.6) = (−0.52, −0.56), x₂ = (1.08, −0.36).
        var result = GradientDescent.Momentum(Bowl, BowlGradient, [2.0, 1.0], stepSize: 0.1, momentum: 0.5);

        Assert.Equal([1.6, 0.2], result.Iterates[1].ToArray(), new ToleranceComparer(BowlTolerance));
        Assert.Equal([1.08, -0.36], result.Iterates[2].ToArray(), new ToleranceComparer(BowlTolerance));
    }

    [Fact]
    public void FixedStep_IterationLimit_ReportsMaxIterations()
    {
        var result = GradientDescent.FixedStep(Bowl, BowlGradient, [2.0, 1.0], stepSize: 0.1, maxIterations: 5);

        Assert.Equal(StopReason.MaxIterations, result.StopReason);
        Assert.Equal(5, result.Iterations);
        Assert.Equal(6, result.Values.Count);
        Assert.Equal(6, result.Coordinates(0).Count);
        Assert.Equal(2 * Math.Pow(0.8, 5), result.Coordinates(0)[5], BowlTolerance);
    }

    [Fact]
    public void ToString_Converged_SaysHowItEndedAndWhatItCost()
    {
        var text = GradientDescent.FixedStep(Bowl, BowlGradient, [2.0, 1.0], stepSize: 0.1).ToString();

        Assert.StartsWith("Gradient descent (fixed step α = 0.1) converged after 89 steps", text);
        Assert.Contains("evaluations: f 90, ∇f 90, Hessian 0", text);
    }

    [Fact]
    public void FixedStep_BadStart_ThrowsNamingTheStart()
    {
        var empty = Assert.Throws<ArgumentException>(() => GradientDescent.FixedStep(Bowl, BowlGradient, [], 0.1));
        var notFinite = Assert.Throws<ArgumentException>(() => GradientDescent.FixedStep(Bowl, BowlGradient, [1.0, double.NaN], 0.1));

        Assert.Equal("start", empty.ParamName);
        Assert.Contains("empty", empty.Message);
        Assert.Equal("start", notFinite.ParamName);
        Assert.Contains("start[1] is NaN", notFinite.Message);
    }

    [Fact]
    public void FixedStep_BadSettings_ThrowNamingTheSetting()
    {
        Assert.Equal("stepSize", Assert.Throws<ArgumentOutOfRangeException>(() => GradientDescent.FixedStep(Bowl, BowlGradient, [1.0, 1.0], 0)).ParamName);
        Assert.Equal("stepSize", Assert.Throws<ArgumentOutOfRangeException>(() => GradientDescent.FixedStep(Bowl, BowlGradient, [1.0, 1.0], double.NaN)).ParamName);
        Assert.Equal("tolerance", Assert.Throws<ArgumentOutOfRangeException>(() => GradientDescent.FixedStep(Bowl, BowlGradient, [1.0, 1.0], 0.1, tolerance: -1)).ParamName);
        Assert.Equal("maxIterations", Assert.Throws<ArgumentOutOfRangeException>(() => GradientDescent.FixedStep(Bowl, BowlGradient, [1.0, 1.0], 0.1, maxIterations: 0)).ParamName);
        Assert.Equal("momentum", Assert.Throws<ArgumentOutOfRangeException>(() => GradientDescent.Momentum(Bowl, BowlGradient, [1.0, 1.0], 0.1, momentum: 1)).ParamName);
        Assert.Equal("initialStep", Assert.Throws<ArgumentOutOfRangeException>(() => GradientDescent.Backtracking(Bowl, BowlGradient, [1.0, 1.0], initialStep: -1)).ParamName);
        Assert.Equal("shrink", Assert.Throws<ArgumentOutOfRangeException>(() => GradientDescent.Backtracking(Bowl, BowlGradient, [1.0, 1.0], shrink: 1)).ParamName);
    }

    [Fact]
    public void FixedStep_MismatchedDimensions_ThrowNamingTheDelegate()
    {
        // A gradient of three components for a point of two, and a function that reads a third coordinate.
        var wrongGradient = Assert.Throws<ArgumentException>(() => GradientDescent.FixedStep(Bowl, p => Vec(1, 2, 3), [1.0, 1.0], 0.1));
        var readsTooFar = Assert.Throws<ArgumentException>(() => GradientDescent.FixedStep(p => p[2], BowlGradient, [1.0, 1.0], 0.1));

        Assert.Equal("gradient", wrongGradient.ParamName);
        Assert.Contains("3 components at a point with 2 coordinates", wrongGradient.Message);
        Assert.Equal("f", readsTooFar.ParamName);
    }
}
