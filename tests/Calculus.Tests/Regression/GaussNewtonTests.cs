using Calculus.Regression;

namespace Calculus.Tests.Regression;

public sealed class GaussNewtonTests
{
    // Both fits stop within 1e-4 uncertainties of the minimum (χ² to gain below 1e-8); the bound allows 1e-3.
    private const double SameMinimumInSigmas = 1e-3;

    // For a model linear in θ the linearisation is exact, so one step lands on the closed form up to rounding.
    private const double Rounding = 1e-9;

    [Fact]
    public void Fit_GaussianHeights_AgreesWithLevenbergMarquardt()
    {
        var data = SyntheticData.Heights();
        double[] start = [30, 165, 10];

        var fit = GaussNewton.Fit(data, ParametricModel.Gaussian(), start);
        var reference = LevenbergMarquardt.Fit(data, ParametricModel.Gaussian(), start);

        Assert.True(fit.Converged, fit.Message);
        for (var j = 0; j < 3; j++)
        {
            Assert.Equal(reference.Parameters[j], fit.Parameters[j], SameMinimumInSigmas * reference.Uncertainties![j]);
        }
    }

    [Fact]
    public void Fit_Line_LandsOnTheClosedFormInOneStep()
    {
        var data = SyntheticData.Line();

        var fit = GaussNewton.Fit(data, ParametricModel.Line(), [0, 0]);
        var closed = LinearLeastSquares.Line(data);

        Assert.True(fit.Converged, fit.Message);
        Assert.Equal(1, fit.Iterations);
        Assert.Equal(closed.A, fit.Parameter("a"), Rounding);
        Assert.Equal(closed.B, fit.Parameter("b"), Rounding);
        Assert.Equal(closed.ChiSquared, fit.ChiSquared, Rounding);
    }

    [Fact]
    public void Fit_StepToInfiniteParameters_StopsNamingTheParameter()
    {
        // f = ln θ fitted to y = 1000 from θ = 1: r = 1000 − ln θ, J = 1/θ, so the step δ = r/J = (1000 − ln θ)·θ
        // multiplies θ by at least 290 (ln θ < 710) each time, so within about 125 steps θ overflows to +∞; χ² stays large.
        var model = new ParametricModel(["theta"], (x, p) => Math.Log(p[0]), (x, p) => [1 / p[0]]);

        var fit = GaussNewton.Fit(new Measurements([0, 1], [1000, 1000]), model, [1], maxIterations: 1000);

        Assert.Equal(FitStopReason.ModelNotFinite, fit.StopReason);
        Assert.Contains("parameter theta is +∞", fit.Message);
        Assert.True(double.IsFinite(fit.Parameter("theta")));
    }

    [Fact]
    public void Fit_AParameterWithNoEffect_StopsWithSingularCurvature()
    {
        var model = new ParametricModel(["a", "b"], (x, p) => p[0], (x, p) => [1, 0]);

        var fit = GaussNewton.Fit(new Measurements([1, 2, 3], [1, 2, 3]), model, [0, 0]);

        Assert.Equal(FitStopReason.SingularCurvature, fit.StopReason);
        Assert.Contains("∂f/∂b", fit.Message);
        Assert.Equal(0, fit.Iterations);
    }

    [Fact]
    public void Fit_StepIntoNonFiniteModel_StopsKeepingTheLastGoodParameters()
    {
        // f = √θ fitted to y = −1 from θ = 1: the step δ = (y − f)/f' = −2/0.5 = −4 lands at θ = −3, where √θ is NaN.
        var model = new ParametricModel(["theta"], (x, p) => Math.Sqrt(p[0]), (x, p) => [0.5 / Math.Sqrt(p[0])]);

        var fit = GaussNewton.Fit(new Measurements([0, 1], [-1, -1]), model, [1]);

        Assert.Equal(FitStopReason.ModelNotFinite, fit.StopReason);
        Assert.Equal(1.0, fit.Parameter("theta"));
        Assert.Contains("theta = -3", fit.Message);
        Assert.True(double.IsFinite(fit.ChiSquared));
    }
}
