using Calculus.Exercises;
using Calculus.FiniteDifferences;
using MathNet.Numerics.LinearAlgebra;

namespace Calculus.Tests.Exercises;

/// <summary>Week 2's expected answers against values worked out by hand and an independent method.</summary>
public sealed class AnswersWeek2Tests
{
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
