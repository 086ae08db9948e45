using Calculus.Regression;
using MathNet.Numerics.LinearAlgebra;

namespace Calculus.Tests.Regression;

public sealed class RidgeTests
{
    // Hand-worked fractions such as 10/(5 + α): exact to a few ulps.
    private const double Rounding = 1e-12;

    // At α = 1e-10 ridge differs from least squares by about α·‖(XᵀX)⁻¹‖·|θ| ≲ 1e-10·10·10; 1e-7 bounds that and rounding.
    private const double TinyAlpha = 1e-10;
    private const double TinyAlphaTolerance = 1e-7;

    // At α = 1e12 the penalised slope is about Σ(x − x̄)(y − ȳ)/α ≈ 7e-12, and the intercept is ȳ less that times x̄.
    private const double HugeAlpha = 1e12;
    private const double HugeAlphaTolerance = 1e-9;

    [Theory]
    [InlineData(0.0, 2.0)]
    [InlineData(5.0, 1.0)]
    [InlineData(15.0, 0.5)]
    public void Fit_OneParameter_IsTheHandWorkedShrinkage(double alpha, double expected)
    {
        // y = θx through (1, 2), (2, 4): Σxy = 10, Σx² = 5, so θ = 10/(5 + α).
        var design = Matrix<double>.Build.DenseOfArray(new double[,] { { 1 }, { 2 } });

        var theta = Ridge.Fit(design, [2, 4], alpha);

        Assert.Equal(expected, theta[0], Rounding);
    }

    [Fact]
    public void Fit_AlphaToZero_EqualsLeastSquares()
    {
        var data = SyntheticData.Line();
        var design = PolynomialFeatures.Design(data.X, 3);

        var ridge = Ridge.Fit(design, data.Y, TinyAlpha);
        var leastSquares = LinearLeastSquares.Fit(design, data.Y).Parameters;

        Assert.Equal(leastSquares.ToArray(), ridge.ToArray(), new ToleranceComparer(TinyAlphaTolerance));
    }

    [Fact]
    public void Fit_GrowingAlpha_ShrinksTheParameters()
    {
        var data = SyntheticData.Line();
        var design = PolynomialFeatures.Design(data.X, 3);

        var norms = new[] { 0.0, 0.1, 1, 10, 100, 1e4 }.Select(alpha => Ridge.Fit(design, data.Y, alpha).L2Norm()).ToArray();

        for (var k = 1; k < norms.Length; k++)
        {
            Assert.True(norms[k] < norms[k - 1], $"‖θ‖ grew from {norms[k - 1]} to {norms[k]} as α grew.");
        }
    }

    [Fact]
    public void Fit_InterceptNotPenalised_LargeAlphaLeavesTheMeanOfY()
    {
        // With only the slope penalised, α → ∞ flattens the line to y = mean of y (here 3).
        var design = PolynomialFeatures.Design([0, 1, 2, 3], 1);

        var theta = Ridge.Fit(design, [1, 2, 4, 5], HugeAlpha, penaliseIntercept: false);

        Assert.Equal(3.0, theta[0], HugeAlphaTolerance);
        Assert.Equal(0.0, theta[1], HugeAlphaTolerance);
    }

    [Fact]
    public void Fit_FewerPointsThanParameters_WorksWithPositiveAlpha()
    {
        var design = PolynomialFeatures.Design([0, 1], 4);

        var theta = Ridge.Fit(design, [1, 2], 0.1);

        Assert.Equal(5, theta.Count);
        Assert.All(theta, value => Assert.True(double.IsFinite(value)));
    }

    [Fact]
    public void Fit_SingularWithZeroAlpha_Throws()
    {
        var design = PolynomialFeatures.Design([0, 1], 4);

        var error = Assert.Throws<ArgumentException>(() => Ridge.Fit(design, [1, 2], 0));

        Assert.Contains("singular", error.Message);
    }

    [Theory]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Fit_BadAlpha_Throws(double alpha)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Ridge.Fit(PolynomialFeatures.Design([0, 1], 1), [1, 2], alpha));
    }

    [Fact]
    public void Fit_MismatchedLengths_Throws()
    {
        Assert.Throws<ArgumentException>(() => Ridge.Fit(PolynomialFeatures.Design([0, 1, 2], 1), [1, 2], 1));
    }
}
