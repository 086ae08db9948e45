using Calculus.Automatic;
using Calculus.Regression;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace Calculus.Tests.Regression;

public sealed class LevenbergMarquardtTests
{
    // A fit stops when the curvature predicts χ² can fall by less than 1e-8; since χ² rises by δ²/σ² for a move δ,
    // each parameter is then within √1e-8 = 1e-4 of its uncertainty from the minimum. Two such fits agree to
    // 2e-4 uncertainties; the bound allows 1e-3.
    private const double SameMinimumInSigmas = 1e-3;

    // Seeded noise: each estimate should lie within 3 of its uncertainties of the truth (99.7% for one parameter).
    private const double TruthWithinSigmas = 3;

    // Ours and MathNet's uncertainties come from JᵀWJ at minima 1e-4 uncertainties apart: they agree to ~1e-4 relative.
    private const double UncertaintyRelativeTolerance = 1e-3;

    // Forward mode is exact to rounding, so the fit converges to the same point as with the formula gradient.
    private const double ExactGradientInSigmas = 1e-6;

    private static readonly double[] HeightsStart = [30, 165, 10];

    [Fact]
    public void Fit_GaussianHeights_RecoversTheTrueParametersWithinTheirUncertainties()
    {
        var fit = LevenbergMarquardt.Fit(SyntheticData.Heights(), ParametricModel.Gaussian(), HeightsStart);

        Assert.True(fit.Converged, fit.Message);
        for (var j = 0; j < 3; j++)
        {
            var truth = SyntheticData.HeightsTruth[j];
            var sigma = fit.Uncertainties![j];
            Assert.InRange(fit.Parameters[j], truth - (TruthWithinSigmas * sigma), truth + (TruthWithinSigmas * sigma));
        }
    }

    [Fact]
    public void Fit_GaussianHeights_AgreesWithMathNetsLevenbergMarquardtMinimizer()
    {
        var data = SyntheticData.Heights();
        var model = ParametricModel.Gaussian();

        var fit = LevenbergMarquardt.Fit(data, model, HeightsStart);
        var objective = ObjectiveFunction.NonlinearModel(
            (Vector<double> p, double x) => model.Value(x, p.ToArray()),
            (Vector<double> p, double x) => Vector<double>.Build.DenseOfArray(model.Gradient(x, p.ToArray())),
            Vector<double>.Build.DenseOfEnumerable(data.X),
            Vector<double>.Build.DenseOfEnumerable(data.Y),
            Vector<double>.Build.DenseOfEnumerable(data.Weights));
        var expected = new LevenbergMarquardtMinimizer().FindMinimum(objective, Vector<double>.Build.DenseOfArray(HeightsStart));

        for (var j = 0; j < 3; j++)
        {
            var sigma = fit.Uncertainties![j];
            Assert.Equal(expected.MinimizingPoint[j], fit.Parameters[j], SameMinimumInSigmas * sigma);

            // MathNet scales its standard errors by √(χ²/ν), estimating the scatter from the data; ours trust the σᵢ.
            var scaled = sigma * Math.Sqrt(fit.ChiSquaredPerDegreeOfFreedom!.Value);
            Assert.Equal(expected.StandardErrors[j], scaled, UncertaintyRelativeTolerance * scaled);
        }
    }

    [Fact]
    public void Fit_ChiSquared_FallsAtEveryStep()
    {
        var fit = LevenbergMarquardt.Fit(SyntheticData.Heights(), ParametricModel.Gaussian(), HeightsStart);

        for (var k = 1; k < fit.Path.Count; k++)
        {
            Assert.True(fit.Path[k].ChiSquared < fit.Path[k - 1].ChiSquared, $"χ² rose at step {k}.");
        }
    }

    [Fact]
    public void Fit_Path_StartsAtTheStartAndEndsAtTheResult()
    {
        var fit = LevenbergMarquardt.Fit(SyntheticData.Heights(), ParametricModel.Gaussian(), HeightsStart);

        Assert.Equal(0, fit.Path[0].Number);
        Assert.Equal(HeightsStart, fit.Path[0].Parameters);
        Assert.Equal(fit.Parameters.ToArray(), fit.Path[^1].Parameters);
        Assert.Equal(fit.ChiSquared, fit.Path[^1].ChiSquared);
        Assert.Equal(fit.Path.Count - 1, fit.Iterations);
    }

    [Fact]
    public void Fit_FromAStartWhereGaussNewtonWandersOff_StillConverges()
    {
        // From a narrow bell at 185 cm, undamped Gauss–Newton jumps far away; damping keeps each step downhill.
        var data = SyntheticData.Heights();
        double[] start = [30, 185, 2];

        var gaussNewton = GaussNewton.Fit(data, ParametricModel.Gaussian(), start);
        var marquardt = LevenbergMarquardt.Fit(data, ParametricModel.Gaussian(), start);
        var reference = LevenbergMarquardt.Fit(data, ParametricModel.Gaussian(), HeightsStart);

        Assert.False(gaussNewton.Converged);
        Assert.True(marquardt.Converged, marquardt.Message);
        Assert.Equal(reference.Parameter("mu"), marquardt.Parameter("mu"), SameMinimumInSigmas * reference.Uncertainty("mu"));
    }

    [Fact]
    public void Fit_Line_AgreesWithTheClosedForm()
    {
        var data = SyntheticData.Line();

        var fit = LevenbergMarquardt.Fit(data, ParametricModel.Line(), [0, 0]);
        var closed = LinearLeastSquares.Line(data);

        Assert.True(fit.Converged, fit.Message);
        Assert.Equal(closed.A, fit.Parameter("a"), SameMinimumInSigmas * closed.UncertaintyA);
        Assert.Equal(closed.B, fit.Parameter("b"), SameMinimumInSigmas * closed.UncertaintyB);
        Assert.Equal(closed.UncertaintyA, fit.Uncertainty("a"), UncertaintyRelativeTolerance * closed.UncertaintyA);
    }

    [Fact]
    public void Fit_GradientByForwardModeOrFiniteDifferences_GivesTheSameFit()
    {
        var data = SyntheticData.Heights();
        var exact = LevenbergMarquardt.Fit(data, ParametricModel.Gaussian(), HeightsStart);
        var forward = ParametricModel.WithForwardMode(["A", "mu", "s"], (x, p) => p[0] * Dual.Exp(-(x - p[1]) * (x - p[1]) / (2 * p[2] * p[2])));
        var differences = ParametricModel.WithFiniteDifferences(["A", "mu", "s"], (x, p) => p[0] * Math.Exp(-(x - p[1]) * (x - p[1]) / (2 * p[2] * p[2])));

        var viaForward = LevenbergMarquardt.Fit(data, forward, HeightsStart);
        var viaDifferences = LevenbergMarquardt.Fit(data, differences, HeightsStart);

        for (var j = 0; j < 3; j++)
        {
            Assert.Equal(exact.Parameters[j], viaForward.Parameters[j], ExactGradientInSigmas * exact.Uncertainties![j]);
            Assert.Equal(exact.Parameters[j], viaDifferences.Parameters[j], SameMinimumInSigmas * exact.Uncertainties[j]);
        }
    }

    [Fact]
    public void Fit_CountsItsEvaluations()
    {
        var data = SyntheticData.Heights();
        var gaussian = ParametricModel.Gaussian();
        var (values, gradients) = (0, 0);
        var counted = new ParametricModel(
            gaussian.ParameterNames,
            (x, p) => { values++; return gaussian.Value(x, p); },
            (x, p) => { gradients++; return gaussian.Gradient(x, p); });

        var fit = LevenbergMarquardt.Fit(data, counted, HeightsStart);

        Assert.Equal(data.Count * fit.JacobianEvaluations, gradients);
        Assert.Equal(data.Count * (fit.ChiSquaredEvaluations + fit.JacobianEvaluations), values);
        Assert.True(fit.ChiSquaredEvaluations > fit.Iterations, "Every step and the start need a χ².");
    }

    [Fact]
    public void Fit_MaxIterationsReached_SaysItDidNotConverge()
    {
        var fit = LevenbergMarquardt.Fit(SyntheticData.Heights(), ParametricModel.Gaussian(), HeightsStart, maxIterations: 2);

        Assert.False(fit.Converged);
        Assert.Equal(FitStopReason.MaxIterations, fit.StopReason);
        Assert.Equal(2, fit.Iterations);
        Assert.Contains("could still fall", fit.Message);
    }

    [Fact]
    public void Fit_AParameterWithNoEffect_StopsWithSingularCurvatureNamingIt()
    {
        // f = a does not depend on b, so the data cannot determine b.
        var model = new ParametricModel(["a", "b"], (x, p) => p[0], (x, p) => [1, 0]);

        var fit = LevenbergMarquardt.Fit(new Measurements([1, 2, 3], [1, 2, 3]), model, [0, 0]);

        Assert.Equal(FitStopReason.SingularCurvature, fit.StopReason);
        Assert.False(fit.Converged);
        Assert.Contains("determine b", fit.Message);
        Assert.Null(fit.Uncertainties);
        Assert.Throws<InvalidOperationException>(() => fit.Uncertainty("a"));
    }

    [Fact]
    public void Fit_StartWhereTheModelIsNaN_ThrowsNamingThePoint()
    {
        // s = 0 gives 0/0 at x = μ = 170.
        var error = Assert.Throws<ArgumentException>(() => LevenbergMarquardt.Fit(SyntheticData.Heights(), ParametricModel.Gaussian(), [40, 170, 0]));

        Assert.Equal("start", error.ParamName);
        Assert.Contains("x = 170", error.Message);
    }

    [Fact]
    public void Fit_StartWhereTheGradientIsNaN_ThrowsNamingTheParameter()
    {
        var model = new ParametricModel(["a"], (x, p) => p[0], (x, p) => [double.NaN]);

        var error = Assert.Throws<ArgumentException>(() => LevenbergMarquardt.Fit(new Measurements([1, 2], [1, 2]), model, [0]));

        Assert.Contains("∂f/∂a is NaN", error.Message);
    }

    [Fact]
    public void Fit_WrongStart_Throws()
    {
        var data = SyntheticData.Heights();

        Assert.Throws<ArgumentException>(() => LevenbergMarquardt.Fit(data, ParametricModel.Gaussian(), [40, 170]));
        Assert.Throws<ArgumentException>(() => LevenbergMarquardt.Fit(data, ParametricModel.Gaussian(), [40, double.NaN, 6]));
    }

    [Fact]
    public void Fit_FewerPointsThanParameters_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => LevenbergMarquardt.Fit(new Measurements([1, 2], [1, 2]), ParametricModel.Gaussian(), [1, 1, 1]));

        Assert.Contains("2 data points but 3 parameters", error.Message);
    }

    [Fact]
    public void Fit_BadSettings_Throw()
    {
        var data = SyntheticData.Heights();

        Assert.Throws<ArgumentOutOfRangeException>(() => LevenbergMarquardt.Fit(data, ParametricModel.Gaussian(), HeightsStart, maxIterations: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => LevenbergMarquardt.Fit(data, ParametricModel.Gaussian(), HeightsStart, tolerance: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => LevenbergMarquardt.Fit(data, ParametricModel.Gaussian(), HeightsStart, initialDamping: -1));
    }

    [Fact]
    public void Parameter_UnknownName_ThrowsListingTheNames()
    {
        var fit = LevenbergMarquardt.Fit(SyntheticData.Heights(), ParametricModel.Gaussian(), HeightsStart);

        var error = Assert.Throws<ArgumentException>(() => fit.Parameter("sigma"));

        Assert.Contains("A, mu, s", error.Message);
    }
}
