using Calculus.Automatic;
using Calculus.Regression;

namespace Calculus.Tests.Regression;

public sealed class ParametricModelTests
{
    // Forward mode is exact to a few ulps of the gradient's entries (size ≤ 10 here).
    private const double Exact = 1e-12;

    // Central differences at the default step: error ≈ ε^(2/3)·|f'''| ≈ 4e-11·10; a hundredfold margin.
    private const double CentralDifference = 1e-7;

    private static readonly double[] Parameters = [40, 170, 6];

    [Fact]
    public void Gaussian_Value_IsTheHandWorkedNumber()
    {
        // One s from the centre: 40·e^(−1/2).
        Assert.Equal(40 * Math.Exp(-0.5), ParametricModel.Gaussian().Value(176, Parameters), Exact);
    }

    [Fact]
    public void Gaussian_Gradient_IsTheHandWorkedPartials()
    {
        // At x = μ + s: g = e^(−1/2), ∂f/∂A = g, ∂f/∂μ = A·g·s/s² = A·g/s, ∂f/∂s = A·g·s²/s³ = A·g/s.
        var g = Math.Exp(-0.5);

        var gradient = ParametricModel.Gaussian().Gradient(176, Parameters);

        Assert.Equal([g, 40 * g / 6, 40 * g / 6], gradient, new ToleranceComparer(Exact));
    }

    [Theory]
    [InlineData(160.0)]
    [InlineData(171.5)]
    [InlineData(185.0)]
    public void Gradient_ByForwardModeAndByFiniteDifferences_MatchTheFormula(double x)
    {
        var formula = ParametricModel.Gaussian().Gradient(x, Parameters);
        var forward = ParametricModel.WithForwardMode(["A", "mu", "s"], (xi, p) => p[0] * Dual.Exp(-(xi - p[1]) * (xi - p[1]) / (2 * p[2] * p[2])));
        var differences = ParametricModel.WithFiniteDifferences(["A", "mu", "s"], (xi, p) => p[0] * Math.Exp(-(xi - p[1]) * (xi - p[1]) / (2 * p[2] * p[2])));

        Assert.Equal(formula, forward.Gradient(x, Parameters), new ToleranceComparer(Exact));
        Assert.Equal(formula, differences.Gradient(x, Parameters), new ToleranceComparer(CentralDifference));
        Assert.Equal(ParametricModel.Gaussian().Value(x, Parameters), forward.Value(x, Parameters), Exact);
    }

    [Fact]
    public void Line_HasParametersAAndB()
    {
        var line = ParametricModel.Line();

        Assert.Equal(["a", "b"], line.ParameterNames);
        Assert.Equal(7.0, line.Value(2, [1, 3]));
        Assert.Equal("f(x; a, b)", line.ToString());
    }

    [Fact]
    public void Gradient_WrongLength_ThrowsSayingHowManyWereExpected()
    {
        var model = new ParametricModel(["a", "b"], (x, p) => p[0] + (p[1] * x), (x, p) => [1]);

        var error = Assert.Throws<InvalidOperationException>(() => model.Gradient(2, [1, 1]));

        Assert.Contains("returned 1 values at x = 2 but the model has 2 parameters", error.Message);
    }

    [Fact]
    public void Value_WrongNumberOfParameters_Throws()
    {
        Assert.Throws<ArgumentException>(() => ParametricModel.Line().Value(1, [1, 2, 3]));
    }

    [Fact]
    public void Constructor_BadNames_Throw()
    {
        Assert.Throws<ArgumentException>(() => new ParametricModel([], (x, p) => 0, (x, p) => []));
        Assert.Throws<ArgumentException>(() => new ParametricModel(["a", " "], (x, p) => 0, (x, p) => [0, 0]));
        var repeated = Assert.Throws<ArgumentException>(() => new ParametricModel(["a", "a"], (x, p) => 0, (x, p) => [0, 0]));
        Assert.Contains("'a' appears twice", repeated.Message);
    }
}
