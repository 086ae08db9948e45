using Calculus.Regression;

namespace Calculus.Tests.Regression;

public sealed class SteepestDescentTests
{
    // Both fits stop within 1e-4 uncertainties of the minimum (χ² to gain below 1e-8); the bound allows 1e-3.
    private const double SameMinimumInSigmas = 1e-3;

    // Enough steps for the zig-zag down the Gaussian's valley (it takes several hundred from the start used here).
    private const int ManySteps = 100_000;

    // A cosine computed from a few products of numbers of size ≤ 1e4: rounding only.
    private const double Rounding = 1e-12;

    private static readonly double[] HeightsStart = [30, 165, 10];

    [Fact]
    public void Fit_Line_AgreesWithTheClosedForm()
    {
        var data = SyntheticData.Line();

        var fit = SteepestDescent.Fit(data, ParametricModel.Line(), [0, 0], maxIterations: ManySteps);
        var closed = LinearLeastSquares.Line(data);

        Assert.True(fit.Converged, fit.Message);
        Assert.Equal(closed.A, fit.Parameter("a"), SameMinimumInSigmas * closed.UncertaintyA);
        Assert.Equal(closed.B, fit.Parameter("b"), SameMinimumInSigmas * closed.UncertaintyB);
    }

    [Fact]
    public void Fit_GaussianHeights_LowersChiSquaredAtEveryStep()
    {
        var fit = SteepestDescent.Fit(SyntheticData.Heights(), ParametricModel.Gaussian(), HeightsStart, maxIterations: ManySteps);

        Assert.True(fit.Path.Count > 2);
        for (var k = 1; k < fit.Path.Count; k++)
        {
            Assert.True(fit.Path[k].ChiSquared < fit.Path[k - 1].ChiSquared, $"χ² rose at step {k}.");
        }
    }

    [Fact]
    public void Fit_GaussianHeights_EndsAtTheLevenbergMarquardtAnswer()
    {
        var data = SyntheticData.Heights();

        var fit = SteepestDescent.Fit(data, ParametricModel.Gaussian(), HeightsStart, maxIterations: ManySteps);
        var reference = LevenbergMarquardt.Fit(data, ParametricModel.Gaussian(), HeightsStart);

        Assert.True(fit.Converged, fit.Message);
        Assert.True(fit.Iterations > reference.Iterations, "Steepest descent should need more steps than Levenberg–Marquardt.");
        for (var j = 0; j < 3; j++)
        {
            Assert.Equal(reference.Parameters[j], fit.Parameters[j], SameMinimumInSigmas * reference.Uncertainties![j]);
        }
    }

    [Fact]
    public void Fit_FirstStep_GoesAgainstTheGradient()
    {
        // Each step is −η∇χ², perpendicular to the contour of χ² through the point.
        var data = SyntheticData.Heights();
        var model = ParametricModel.Gaussian();

        var fit = SteepestDescent.Fit(data, model, HeightsStart, maxIterations: 1);
        var gradient = ChiSquared.Gradient(data, model, HeightsStart);
        var step = fit.Path[1].Parameters.Zip(HeightsStart, (after, before) => after - before).ToArray();

        var cosine = -step.Zip(gradient, (s, g) => s * g).Sum() / (Math.Sqrt(step.Sum(s => s * s)) * gradient.L2Norm());
        Assert.Equal(1.0, cosine, Rounding);
    }

    [Fact]
    public void Fit_FewIterations_StopsWithMaxIterations()
    {
        var fit = SteepestDescent.Fit(SyntheticData.Heights(), ParametricModel.Gaussian(), HeightsStart, maxIterations: 5);

        Assert.Equal(FitStopReason.MaxIterations, fit.StopReason);
        Assert.Equal(6, fit.Path.Count);
        Assert.NotNull(fit.Uncertainties);
    }

    [Fact]
    public void Fit_WrongGradient_StopsWithNoDownhillStep()
    {
        // A gradient with the wrong sign points uphill, so no step along −∇χ² lowers χ².
        var model = new ParametricModel(["a", "b"], (x, p) => p[0] + (p[1] * x), (x, p) => [-1, -x]);

        var fit = SteepestDescent.Fit(SyntheticData.Line(), model, [0, 0]);

        Assert.Equal(FitStopReason.NoDownhillStep, fit.StopReason);
        Assert.Equal(0, fit.Iterations);
        Assert.Contains("could still fall", fit.Message);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    public void Fit_BadLearningRate_Throws(double learningRate)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SteepestDescent.Fit(SyntheticData.Line(), ParametricModel.Line(), [0, 0], learningRate));
    }
}
