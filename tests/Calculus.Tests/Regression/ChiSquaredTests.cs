using Calculus.Regression;
using ChiSquaredDistribution = MathNet.Numerics.Distributions.ChiSquared;

namespace Calculus.Tests.Regression;

public sealed class ChiSquaredTests
{
    // Sums of a few products of short decimals: exact to a few ulps of numbers of size 1.
    private const double Rounding = 1e-12;

    // Published tables give P(χ² ≥ 1 | ν = 1) = 2(1 − Φ(1)) = 0.3173105… and P(χ² ≥ 3.841 | ν = 1) ≈ 0.05 to 4 digits.
    private const double TableDigits = 1e-4;

    // The χ² distribution with ν degrees of freedom has mean ν and median ≈ ν(1 − 2/(9ν))³ ≈ ν − 2/3, so P(X ≥ ν) is
    // below one half by about (2/3)·(density at the median) = (2/3)/√(4πν) ≈ 0.19/√ν; the bound allows 0.3/√ν.
    private const double HalfOffsetScale = 0.3;

    [Fact]
    public void Of_ThreePointsAgainstALine_IsTheHandWorkedSum()
    {
        // Residuals 1, −1, 2 over σ = 1, 0.5, 2: (1/1)² + (−1/0.5)² + (2/2)² = 1 + 4 + 1 = 6.
        var data = new Measurements([0, 1, 2], [2, 2, 7], [1, 0.5, 2]);

        Assert.Equal(6.0, ChiSquared.Of(data, x => 1 + (2 * x)), Rounding);
    }

    [Fact]
    public void Of_ParametricModel_EqualsTheSameModelAsAFunction()
    {
        var data = SyntheticData.Line();

        var viaParameters = ChiSquared.Of(data, ParametricModel.Line(), [1.5, 0.7]);
        var viaFunction = ChiSquared.Of(data, x => 1.5 + (0.7 * x));

        Assert.Equal(viaFunction, viaParameters, Rounding);
    }

    [Fact]
    public void Gradient_OfALine_IsMinusTwoXTransposeWResiduals()
    {
        // Points (0, 1), (1, 3) with σ = 1 against a = 0, b = 1: residuals 1 and 2.
        // ∂χ²/∂a = −2(1 + 2) = −6, ∂χ²/∂b = −2(0·1 + 1·2) = −4.
        var data = new Measurements([0, 1], [1, 3]);

        var gradient = ChiSquared.Gradient(data, ParametricModel.Line(), [0, 1]);

        Assert.Equal([-6.0, -4.0], gradient.ToArray(), new ToleranceComparer(Rounding));
    }

    [Fact]
    public void Of_ModelNotFiniteAtAPoint_ThrowsNamingThePoint()
    {
        var data = new Measurements([1, 0, 2], [1, 1, 1]);

        var error = Assert.Throws<ArgumentException>(() => ChiSquared.Of(data, x => 1 / x));

        Assert.Contains("data point 1 (x = 0)", error.Message);
    }

    [Fact]
    public void Of_ParametricModelNotFinite_ThrowsNamingThePointAndParameters()
    {
        var data = new Measurements([170], [10]);

        var error = Assert.Throws<ArgumentException>(() => ChiSquared.Of(data, ParametricModel.Gaussian(), [40, 170, 0]));

        Assert.Contains("data point 0 (x = 170)", error.Message);
        Assert.Contains("s = 0", error.Message);
    }

    [Fact]
    public void Of_WrongNumberOfParameters_Throws()
    {
        var data = new Measurements([1, 2], [1, 2]);

        var error = Assert.Throws<ArgumentException>(() => ChiSquared.Of(data, ParametricModel.Line(), [1.0]));

        Assert.Contains("has 1 values but the model has 2 parameters (a, b)", error.Message);
    }

    [Fact]
    public void DegreesOfFreedom_IsPointsLessParameters()
    {
        Assert.Equal(8, ChiSquared.DegreesOfFreedom(10, 2));
        Assert.Equal(0, ChiSquared.DegreesOfFreedom(3, 3));
    }

    [Fact]
    public void DegreesOfFreedom_MoreParametersThanPoints_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ChiSquared.DegreesOfFreedom(2, 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => ChiSquared.DegreesOfFreedom(0, 0));
    }

    [Fact]
    public void PerDegreeOfFreedom_IsChiSquaredOverNu()
    {
        Assert.Equal(1.5, ChiSquared.PerDegreeOfFreedom(12, 8), Rounding);
    }

    [Fact]
    public void PValue_TableValues_Agree()
    {
        Assert.Equal(0.3173105, ChiSquared.PValue(1, 1), TableDigits);
        Assert.Equal(0.05, ChiSquared.PValue(3.841, 1), TableDigits);
    }

    [Fact]
    public void PValue_ZeroChiSquared_IsOne()
    {
        Assert.Equal(1.0, ChiSquared.PValue(0, 5), Rounding);
    }

    [Theory]
    [InlineData(100)]
    [InlineData(1000)]
    [InlineData(10000)]
    public void PValue_ChiSquaredEqualToLargeDof_IsAboutHalfAndIsOneMinusMathNetsCdf(int dof)
    {
        var p = ChiSquared.PValue(dof, dof);

        Assert.InRange(p, 0.5 - (HalfOffsetScale / Math.Sqrt(dof)), 0.5);
        Assert.Equal(1 - ChiSquaredDistribution.CDF(dof, dof), p, Rounding);
    }

    [Fact]
    public void PValue_GrowsWorseAsChiSquaredGrows()
    {
        Assert.True(ChiSquared.PValue(5, 5) > ChiSquared.PValue(10, 5));
        Assert.True(ChiSquared.PValue(10, 5) > ChiSquared.PValue(30, 5));
    }

    [Theory]
    [InlineData(-1.0, 3)]
    [InlineData(double.NaN, 3)]
    [InlineData(double.PositiveInfinity, 3)]
    [InlineData(2.0, 0)]
    public void PValueAndPerDegreeOfFreedom_BadArguments_Throw(double chiSquared, int dof)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ChiSquared.PValue(chiSquared, dof));
        Assert.Throws<ArgumentOutOfRangeException>(() => ChiSquared.PerDegreeOfFreedom(chiSquared, dof));
    }
}
