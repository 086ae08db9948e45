using Calculus.Regression;

namespace Calculus.Tests.Regression;

public sealed class MeasurementsTests
{
    [Fact]
    public void Constructor_WithoutSigma_UsesUnitUncertainties()
    {
        var data = new Measurements([1, 2, 3], [4, 5, 6]);

        Assert.Equal([1.0, 1.0, 1.0], data.Sigma);
        Assert.False(data.HasUncertainties);
        Assert.Equal(3, data.Count);
    }

    [Fact]
    public void Weights_AreOneOverSigmaSquared()
    {
        var data = new Measurements([1, 2], [4, 5], [0.5, 2]);

        Assert.Equal([4.0, 0.25], data.Weights);
        Assert.True(data.HasUncertainties);
    }

    [Fact]
    public void Constructor_CopiesTheData()
    {
        var x = new double[] { 1, 2 };
        var data = new Measurements(x, [3, 4]);

        x[0] = 99;

        Assert.Equal(1.0, data.X[0]);
    }

    [Fact]
    public void Constructor_Empty_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => new Measurements([], []));

        Assert.Equal("x", error.ParamName);
        Assert.Contains("empty", error.Message);
    }

    [Fact]
    public void Constructor_MismatchedYLength_ThrowsNamingBothCounts()
    {
        var error = Assert.Throws<ArgumentException>(() => new Measurements([1, 2, 3], [1, 2]));

        Assert.Equal("y", error.ParamName);
        Assert.Contains("y has 2 values but x has 3", error.Message);
    }

    [Fact]
    public void Constructor_MismatchedSigmaLength_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => new Measurements([1, 2], [1, 2], [1]));

        Assert.Equal("sigma", error.ParamName);
        Assert.Contains("sigma has 1 values but x has 2", error.Message);
    }

    [Theory]
    [InlineData(0.0, "0")]
    [InlineData(-1.0, "-1")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "+∞")]
    public void Constructor_BadSigma_ThrowsNamingTheIndexAndValue(double bad, string shown)
    {
        var error = Assert.Throws<ArgumentException>(() => new Measurements([1, 2, 3], [1, 2, 3], [1, bad, 1]));

        Assert.Equal("sigma", error.ParamName);
        Assert.Contains($"sigma[1] is {shown}", error.Message);
    }

    [Fact]
    public void Constructor_NaNInY_ThrowsNamingTheIndex()
    {
        var error = Assert.Throws<ArgumentException>(() => new Measurements([1, 2, 3], [1, 2, double.NaN]));

        Assert.Contains("y[2] is NaN", error.Message);
    }

    [Fact]
    public void Constructor_InfinityInX_ThrowsNamingTheIndex()
    {
        var error = Assert.Throws<ArgumentException>(() => new Measurements([double.NegativeInfinity, 2], [1, 2]));

        Assert.Contains("x[0] is −∞", error.Message);
    }
}
