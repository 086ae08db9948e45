using Calculus.Exercises;

namespace Calculus.Tests.Exercises;

public sealed class AnswersWeek5Tests
{
    // Newton–Raphson converges to rounding; the hand values below are exact fractions.
    private const double Rounding = 1e-12;

    [Fact]
    public void NewtonIterates_Cubic_FirstIsFourMinusFiftyOneOverFortySix()
    {
        // f(4) = 64 − 8 − 5 = 51, f'(4) = 3·16 − 2 = 46.
        Assert.Equal(4 - (51.0 / 46), Answers.Week5.NewtonIterates[0], Rounding);
    }

    [Fact]
    public void NewtonIterates_Cubic_MatchAPlainLoopAndEndAtTheRoot()
    {
        var x = 4.0;
        var expected = new List<double>();
        for (var n = 0; n < 6; n++)
        {
            x -= ((x * x * x) - (2 * x) - 5) / ((3 * x * x) - 2);
            expected.Add(x);
        }

        Assert.Equal(expected, Answers.Week5.NewtonIterates, new ToleranceComparer(Rounding));
        Assert.Equal(2.0945514815423265, Answers.Week5.NewtonIterates[^1], 1e-10);
    }

    [Fact]
    public void BacktrackingSteps_Bowl_AreTheHandWorkedSteps()
    {
        // From (−4.5, 1.5), ∇q = (−4.5, 15): t = 1, 1/2, 1/4 fail Armijo's condition, t = 1/8 passes: (−4.5 + 4.5/8, 1.5 − 15/8).
        // From (2, 0.3), ∇q = (2, 3), q = 2.45: t = 1 gives 36.45 and t = 1/2 gives 7.7, too high; t = 1/4 gives 2.1375: (1.5, −0.45).
        double[] expected = [-3.9375, -0.375, 1.5, -0.45];

        Assert.Equal(expected, Answers.Week5.BacktrackingSteps, new ToleranceComparer(Rounding));
    }

    [Fact]
    public void Overshoot_SeedForty_LatestIsShallowerThanBest()
    {
        var (latest, best) = Answers.Week5.Overshoot;

        Assert.True(latest.Depth > best.Depth);
        Assert.NotNull(best.Downhill);
        Assert.NotNull(best.Slope);
    }

    [Fact]
    public void AfterOvershoot_SeedForty_StepsFromTheBestDipWithHalfOfFour()
    {
        var best = Answers.Week5.Overshoot.Best;
        var (downX, downY) = best.Downhill!.Value;

        var after = Answers.Week5.AfterOvershoot;

        Assert.Equal(2, after[2]);
        // The step has length α·slope = 2·slope along the unit downhill arrow.
        Assert.Equal(2 * best.Slope!.Value, Math.Sqrt(((after[0] - best.X) * (after[0] - best.X)) + ((after[1] - best.Y) * (after[1] - best.Y))), Rounding);
        Assert.Equal(downX * (after[1] - best.Y), downY * (after[0] - best.X), Rounding);
    }

    [Fact]
    public void SteepestFromProbe_IsAlphaTimesTheGradientBack_AndGoesDownhill()
    {
        var probe = Answers.Week5.SandpitProbe;
        var (gx, gy) = probe.Gradient!.Value;
        var step = Answers.Week5.SteepestFromProbe;

        // p − 5∇z, and ∇z = −slope·downhill: the step runs 5·slope metres along the downhill arrow.
        Assert.Equal(probe.X - (5 * gx), step[0], Rounding);
        Assert.Equal(probe.Y + (5 * probe.Slope!.Value * probe.Downhill!.Value.Y), step[1], Rounding);
    }

    [Fact]
    public void NewtonFromProbe_SolvesTheTwoByTwoSystemByCramersRule()
    {
        var probe = Answers.Week5.SandpitProbe;
        var (gx, gy) = probe.Gradient!.Value;
        var h = probe.Hessian!;

        // Δ = H⁻¹∇z by the 2×2 inverse (1/det)[[d, −b], [−c, a]].
        var det = (h[0, 0] * h[1, 1]) - (h[0, 1] * h[1, 0]);
        var dx = ((h[1, 1] * gx) - (h[0, 1] * gy)) / det;
        var dy = ((h[0, 0] * gy) - (h[1, 0] * gx)) / det;

        Assert.Equal([probe.X - dx, probe.Y - dy], Answers.Week5.NewtonFromProbe, new ToleranceComparer(1e-9));
    }

    [Fact]
    public void HybridProbes_OneBowlOneNot_AndTheHybridStepsFollowTheirCurvature()
    {
        var probes = Answers.Week5.HybridProbes;
        static bool PositiveDefinite(MathNet.Numerics.LinearAlgebra.Matrix<double> h) => h[0, 0] > 0 && ((h[0, 0] * h[1, 1]) - (h[0, 1] * h[1, 0])) > 0;

        Assert.True(PositiveDefinite(probes[0].Hessian!));
        Assert.False(PositiveDefinite(probes[1].Hessian!));
        var steps = Answers.Week5.HybridFromProbes;
        var (gx, gy) = probes[1].Gradient!.Value;
        Assert.Equal([probes[1].X - (5 * gx), probes[1].Y - (5 * gy)], steps.Skip(2).Take(2), new ToleranceComparer(Rounding));

        // The third probe is a bump's top: det H > 0 but H₁₁ < 0, so the hybrid steps down the gradient there too.
        var top = probes[2].Hessian!;
        Assert.True(top[0, 0] < 0 && ((top[0, 0] * top[1, 1]) - (top[0, 1] * top[1, 0])) > 0);
        var (tx, ty) = probes[2].Gradient!.Value;
        Assert.Equal([probes[2].X - (5 * tx), probes[2].Y - (5 * ty)], steps.Skip(4), new ToleranceComparer(Rounding));

        // Newton's step lands where the gradient of the quadratic model is zero: ∇z + HΔ = 0.
        var h = probes[0].Hessian!;
        var (dx, dy) = (steps[0] - probes[0].X, steps[1] - probes[0].Y);
        Assert.Equal(0, probes[0].Gradient!.Value.X + (h[0, 0] * dx) + (h[0, 1] * dy), 1e-9);
        Assert.Equal(0, probes[0].Gradient!.Value.Y + (h[1, 0] * dx) + (h[1, 1] * dy), 1e-9);
    }

    [Fact]
    public void BoxLagrangianHessian_IsTheHandHessian()
    {
        // L = xy − λ(x² + 4y² − 8): ∂²L/∂x² = −2λ, ∂²L/∂x∂y = 1, ∂²L/∂y² = −8λ, ∂²L/∂x∂λ = −2x, ∂²L/∂y∂λ = −8y, ∂²L/∂λ² = 0.
        var h = Answers.Week5.BoxLagrangianHessian([1.5, -0.5, 0.25]);

        double[,] expected = { { -0.5, 1, -3 }, { 1, -2, 4 }, { -3, 4, 0 } };
        for (var i = 0; i < 3; i++)
        {
            for (var j = 0; j < 3; j++)
            {
                Assert.Equal(expected[i, j], h[i, j], 1e-12);
            }
        }
    }

    [Fact]
    public void BoxStationaryPoints_AreTheFourHandPoints_TwoMaximaTwoMinima()
    {
        // y = 2λx and x = 8λy give λ = ±1/4; then x² + 4y² = 8 gives (±2, ±1): with y = x/2 (λ = 1/4) xy = 2, a maximum,
        // and with y = −x/2 (λ = −1/4) xy = −2, a minimum.
        double[][] expected = [[-2, -1, 0.25], [-2, 1, -0.25], [2, -1, -0.25], [2, 1, 0.25]];
        var points = Answers.Week5.BoxStationaryPoints;

        Assert.Equal(4, points.Count);
        for (var k = 0; k < 4; k++)
        {
            Assert.Equal(expected[k], points[k], new ToleranceComparer(1e-9));
        }

        Assert.Equal(
            [Calculus.Optimisation.StationaryPointKind.Maximum, Calculus.Optimisation.StationaryPointKind.Minimum, Calculus.Optimisation.StationaryPointKind.Minimum, Calculus.Optimisation.StationaryPointKind.Maximum],
            Answers.Week5.BoxKinds);
    }

    [Theory]
    [InlineData(8)]
    [InlineData(5)]
    public void BestBoxValue_IsAQuarterOfTheLevel_AsABruteForceSweepFinds(double c)
    {
        // On x = √c·cos θ, y = (√c/2)·sin θ, xy = (c/4)·sin 2θ: at most c/4. A sweep of θ agrees.
        var sweep = Enumerable.Range(0, 100_000).Select(k => 2 * Math.PI * k / 100_000)
            .Max(t => Math.Sqrt(c) * Math.Cos(t) * Math.Sqrt(c) / 2 * Math.Sin(t));

        Assert.Equal(c / 4, Answers.Week5.BestBoxValue(c), 1e-9);
        Assert.Equal(sweep, Answers.Week5.BestBoxValue(c), 1e-6);
    }

    [Fact]
    public void BoxMultiplier_IsTheRateOfTheBestValue()
    {
        // Best = c/4, so d(best)/dc = 1/4 = λ.
        Assert.Equal(0.25, Answers.Week5.BoxMultiplier, 1e-9);
        Assert.Equal((Answers.Week5.BestBoxValue(8.01) - Answers.Week5.BestBoxValue(7.99)) / 0.02, Answers.Week5.BoxMultiplier, 1e-6);
    }

    [Fact]
    public void Overshoot_IsInTheHessianMode_SoTheGradientIsThere()
    {
        var (latest, best) = Answers.Week5.Overshoot;

        Assert.NotNull(latest.Gradient);
        Assert.NotNull(best.Gradient);
    }

    [Fact]
    public void SandpitOtherProbe_IsADifferentDipWithADifferentGradient()
    {
        var (probe, other) = (Answers.Week5.SandpitProbe, Answers.Week5.SandpitOtherProbe);

        Assert.NotEqual(probe.X, other.X);
        Assert.NotEqual(probe.Gradient!.Value.X, other.Gradient!.Value.X);
    }

    [Fact]
    public void SaddleOnLinesHessians_AreTheHandHessians()
    {
        // L = (x² − y²)/2 − λ(x − 1): L_xx = 1, L_yy = −1, L_xλ = −1; with y − 1 instead, L_yλ = −1.
        double[,] alongX = { { 1, 0, -1 }, { 0, -1, 0 }, { -1, 0, 0 } };
        double[,] alongY = { { 1, 0, 0 }, { 0, -1, -1 }, { 0, -1, 0 } };

        Assert.Equal(alongX.Cast<double>(), Answers.Week5.SaddleOnLinesHessians[0].ToArray().Cast<double>(), new ToleranceComparer(1e-12));
        Assert.Equal(alongY.Cast<double>(), Answers.Week5.SaddleOnLinesHessians[1].ToArray().Cast<double>(), new ToleranceComparer(1e-12));
    }

    [Fact]
    public void SaddleOnLinesKinds_MaximumAlongXIsOne_MinimumAlongYIsOne()
    {
        // Along x = 1, f = (1 − y²)/2 peaks at y = 0; along y = 1, f = (x² − 1)/2 bottoms out at x = 0.
        Assert.Equal([Calculus.Optimisation.StationaryPointKind.Maximum, Calculus.Optimisation.StationaryPointKind.Minimum], Answers.Week5.SaddleOnLinesKinds);
    }

    [Theory]
    [InlineData(2, 0.5)]
    [InlineData(4.5, 1.0 / 3)]
    public void LineOnCircleMultiplier_IsOneOverRootTwoC_TheRateOfRootTwoC(double c, double expected)
    {
        // The best x + y on x² + y² = c is at x = y = √(c/2): √(2c), whose derivative is 1/√(2c).
        Assert.Equal(expected, Answers.Week5.LineOnCircleMultiplier(c), 1e-9);
        Assert.Equal((Math.Sqrt(2 * (c + 1e-4)) - Math.Sqrt(2 * (c - 1e-4))) / 2e-4, Answers.Week5.LineOnCircleMultiplier(c), 1e-6);
        Assert.Equal(2, Answers.Week5.SolveLineOnCircle(c).Count);
    }

    [Fact]
    public void ConditionFactors_AreTheHandValues()
    {
        // diag(2, 200): κ = 100, 99/101; diag(1, 10): κ = 10, 9/11; [[4, 1], [1, 3]]: eigenvalues (7 ± √5)/2, so (κ − 1)/(κ + 1) = √5/7.
        var root5 = Math.Sqrt(5);
        double[] expected = [100, 99.0 / 101, 10, 9.0 / 11, (7 + root5) / (7 - root5), root5 / 7];

        Assert.Equal(expected, Answers.Week5.ConditionFactors, new ToleranceComparer(1e-12));
    }
}
