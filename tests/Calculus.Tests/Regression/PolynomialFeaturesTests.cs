using Calculus.Regression;

namespace Calculus.Tests.Regression;

public sealed class PolynomialFeaturesTests
{
    // Small integers and their powers: exact.
    private const double Exact = 0;

    [Fact]
    public void Design_HasColumnsOneXXSquared()
    {
        var design = PolynomialFeatures.Design([2, -1, 3], 2);

        Assert.Equal(new double[,] { { 1, 2, 4 }, { 1, -1, 1 }, { 1, 3, 9 } }, design.ToArray());
    }

    [Fact]
    public void Design_DegreeZero_IsAColumnOfOnes()
    {
        Assert.Equal(new double[,] { { 1 }, { 1 } }, PolynomialFeatures.Design([5, 6], 0).ToArray());
    }

    [Fact]
    public void Evaluate_IsTheSumOfCoefficientsTimesPowers()
    {
        // 1 − 2x + 3x² at x = 2: 1 − 4 + 12 = 9.
        Assert.Equal(9.0, PolynomialFeatures.Evaluate([1, -2, 3], 2), Exact);
    }

    [Fact]
    public void Design_NegativeDegree_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PolynomialFeatures.Design([1, 2], -1));
    }

    [Fact]
    public void Evaluate_NoCoefficients_Throws()
    {
        Assert.Throws<ArgumentException>(() => PolynomialFeatures.Evaluate([], 1));
    }
}
