using Calculus.Exercises;
using Calculus.FiniteDifferences;
using MathNet.Numerics.LinearAlgebra;

namespace Calculus.Tests.Exercises;

/// <summary>Week 2's expected answers against values worked out by hand and an independent method.</summary>
public sealed class AnswersWeek2Tests
{
    [Fact]
    public void LandscapeSlopeAlong_IsTheHandGradientDottedWithTheDirection()
    {
        // By hand at (−0.5, 0.5), with r² = 0.5: ∂L/∂x = e^(−r²)(1 − 2x²) + x/5 = 0.5·e^(−0.5) − 0.1 and
        // ∂L/∂y = −2xy·e^(−r²) + y/5 = 0.5·e^(−0.5) + 0.1.
        var (lx, ly) = ((0.5 * Math.Exp(-0.5)) - 0.1, (0.5 * Math.Exp(-0.5)) + 0.1);

        foreach (var angle in new[] { 0, Math.PI / 2, 1.0, 2.5, -2.0 })
        {
            Assert.Equal((lx * Math.Cos(angle)) + (ly * Math.Sin(angle)), Answers.Week2.LandscapeSlopeAlong(angle), 12);
        }
    }

    [Fact]
    public void LandscapeSlopeAlong_AgreesWithCentralDifferencesAlongTheLine()
    {
        var angle = 0.7;
        double Along(double s) => Landscape(-0.5 + (s * Math.Cos(angle)), 0.5 + (s * Math.Sin(angle)));

        Assert.Equal(FiniteDifference.Derivative(Along, 0), Answers.Week2.LandscapeSlopeAlong(angle), 8);
    }

    [Fact]
    public void LandscapeSteepestAscent_IsTheUnitGradientAndBeatsEveryDirectionOfAFineScan()
    {
        var (lx, ly) = ((0.5 * Math.Exp(-0.5)) - 0.1, (0.5 * Math.Exp(-0.5)) + 0.1);
        var norm = Math.Sqrt((lx * lx) + (ly * ly));

        var steepest = Answers.Week2.LandscapeSteepestAscent;

        Assert.Equal(3, steepest.Length);
        Assert.Equal(lx / norm, steepest[0], 12);
        Assert.Equal(ly / norm, steepest[1], 12);
        Assert.Equal(norm, steepest[2], 12);
        // Independently: no direction of a scan 0.1° apart climbs faster, by central differences along each line.
        var best = Enumerable.Range(0, 3600).Select(k => k * Math.PI / 1800)
            .Max(a => FiniteDifference.Derivative(s => Landscape(-0.5 + (s * Math.Cos(a)), 0.5 + (s * Math.Sin(a))), 0));
        Assert.True(best <= steepest[2] + 1e-8, $"a scanned direction climbs at {best}, faster than {steepest[2]}");
        Assert.True(best > steepest[2] - 1e-5, $"the best scanned direction climbs at only {best}, not about {steepest[2]}");
    }

    private static double Landscape(double x, double y) => (x * Math.Exp(-((x * x) + (y * y)))) + (((x * x) + (y * y)) / 10);

    [Fact]
    public void SquareMapJacobian_AtTheCheckedPoint_IsTheHandJacobian()
    {
        // By hand: ((2x, −2y), (2y, 2x)) at (1.5, −0.5) is ((3, 1), (−1, 3)).
        var expected = Matrix<double>.Build.DenseOfArray(new double[,] { { 3, 1 }, { -1, 3 } });

        var jacobian = Answers.Week2.SquareMapJacobian(1.5, -0.5);

        Assert.True((jacobian - expected).FrobeniusNorm() < 1e-12);
        var byDifferences = FiniteDifference.Jacobian(p => [(p[0] * p[0]) - (p[1] * p[1]), 2 * p[0] * p[1]], [1.5, -0.5]);
        Assert.True((jacobian - byDifferences).FrobeniusNorm() < 1e-8);
    }

    [Fact]
    public void HessianClassifications_AgreeWithTheHandDeterminantTest()
    {
        // By hand, det H = ad − b² and H₁₁ = a: (2,1,2) det 3 → minimum; (−3,1,−1) det 2 → maximum; (1,3,1) det −8 → saddle;
        // (0,2,0) det −4 → saddle; (4,2,1) det 0 → inconclusive; (−1,0,−0.5) det 0.5 → maximum.
        Assert.Equal(["minimum", "maximum", "saddle", "saddle", "inconclusive", "maximum"], Answers.Week2.HessianClassifications);
        Assert.Equal(6, Answers.Week2.HessiansToClassify.Count);
        Assert.All(Answers.Week2.HessiansToClassify, h => Assert.Equal(h, h.Transpose()));
    }

    [Fact]
    public void RoughPitGradient_AgreesWithCentralDifferencesAndTheGradientModesDip()
    {
        var gradient = Answers.Week2.RoughPitGradient;
        var pit = Calculus.Sandpit.Sandpit.Rough(seed: 3);
        var byDifferences = FiniteDifference.Gradient(p => pit.Terrain.Depth(p[0], p[1]), [2.5, 3.5]);
        Assert.Equal(byDifferences[0], gradient[0], 7);
        Assert.Equal(byDifferences[1], gradient[1], 7);

        // The gradient mode reports −∇z/‖∇z‖ and ‖∇z‖: −slope × downhill is ∇z again.
        var dip = Calculus.Sandpit.Sandpit.Rough(seed: 3, gradient: true).Dip(2.5, 3.5);
        Assert.Equal(-dip.Slope!.Value * dip.Downhill!.Value.X, gradient[0], 12);
        Assert.Equal(-dip.Slope!.Value * dip.Downhill!.Value.Y, gradient[1], 12);
    }
}
