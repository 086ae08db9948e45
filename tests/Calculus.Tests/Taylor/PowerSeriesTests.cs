using Calculus.Taylor;
using static Calculus.Elementary;

namespace Calculus.Tests.Taylor;

public sealed class PowerSeriesTests
{
    // The recurrences are exact up to rounding: a few ulps of coefficients of order 1, so 1e-12 is a safe bound.
    private const double Exact = 1e-12;

    // The point the elementary functions are expanded about: inside every function's domain, with no zero derivative.
    private const double A = 0.7;

    [Fact]
    public void Variable_OfOrderThree_IsAPlusH()
    {
        Assert.Equal([2.5, 1, 0, 0], PowerSeries.Variable(2.5, 3).Coefficients);
    }

    [Fact]
    public void Product_OnePlusHTimesOneMinusH_IsOneMinusHSquared()
    {
        var h = PowerSeries.Variable(0, 3);

        Assert.Equal([1, 0, -1, 0], ((1 + h) * (1 - h)).Coefficients);
    }

    [Fact]
    public void Constant_MixedWithASeries_MovesOnlyTheFirstCoefficient()
    {
        var x = PowerSeries.Variable(1, 2);

        Assert.Equal([4, 1, 0], (3 + x).Coefficients);
        Assert.Equal([6, 2, 0], (x * 2 + PowerSeries.Constant(4)).Coefficients);
        Assert.Equal(0, PowerSeries.Constant(5)[3]);
    }

    [Fact]
    public void ElementaryFunctions_AboutAPoint_GiveTheDerivativesOverKFactorial()
    {
        // cₖ = f⁽ᵏ⁾(a)/k!, with the derivatives worked by hand.
        var x = PowerSeries.Variable(A, 3);
        var sec2 = 1 / (Math.Cos(A) * Math.Cos(A));
        var tan = Math.Tan(A);

        AssertCoefficients([Math.Exp(A), Math.Exp(A), Math.Exp(A) / 2, Math.Exp(A) / 6], Exp(x));
        AssertCoefficients([Math.Log(A), 1 / A, -1 / (2 * A * A), 1 / (3 * A * A * A)], Log(x));
        AssertCoefficients([Math.Sin(A), Math.Cos(A), -Math.Sin(A) / 2, -Math.Cos(A) / 6], Sin(x));
        AssertCoefficients([Math.Cos(A), -Math.Sin(A), -Math.Cos(A) / 2, Math.Sin(A) / 6], Cos(x));
        AssertCoefficients([tan, sec2, sec2 * tan, ((4 * sec2 * tan * tan) + (2 * sec2 * sec2)) / 6], Tan(x));
        AssertCoefficients(
            [Math.Sqrt(A), 1 / (2 * Math.Sqrt(A)), -1 / (8 * Math.Pow(A, 1.5)), 1 / (16 * Math.Pow(A, 2.5))], Sqrt(x));
        AssertCoefficients(
            [Math.Pow(A, 2.5), 2.5 * Math.Pow(A, 1.5), 2.5 * 1.5 / 2 * Math.Pow(A, 0.5), 2.5 * 1.5 * 0.5 / 6 * Math.Pow(A, -0.5)],
            Pow(x, 2.5));
        AssertCoefficients([1 / A, -1 / (A * A), 1 / (A * A * A), -1 / (A * A * A * A)], 1 / x);
    }

    [Fact]
    public void Quotient_SinOverX_IsTheSeriesOfSinXOverX()
    {
        // sin(x)/x about 1 against sin(x)·x⁻¹: division and the power −1 agree.
        var x = PowerSeries.Variable(1, 5);

        AssertCoefficients(Sin(x) * Pow(x, -1), Sin(x) / x);
    }

    [Fact]
    public void Pow_WholePowerOfHAboutZero_IsExact()
    {
        var h = PowerSeries.Variable(0, 4);

        Assert.Equal([0, 0, 1, 0, 0], Pow(h, 2).Coefficients);
        Assert.Equal([0, 0, 0, 0, 0], Pow(h, 5).Coefficients);
        Assert.Equal([1, 0, 0, 0, 0], Pow(h, 0).Coefficients);
    }

    [Fact]
    public void Log_AtZero_GivesCoefficientsThatAreNotFinite()
    {
        var series = Log(PowerSeries.Variable(0, 2));

        Assert.Equal(double.NegativeInfinity, series.Value);
        Assert.False(double.IsFinite(series[1]));
    }

    [Fact]
    public void Sum_OfDifferentOrders_Throws()
    {
        var exception = Assert.Throws<ArgumentException>(() => PowerSeries.Variable(0, 2) + PowerSeries.Variable(0, 3));

        Assert.Contains("different orders (2 and 3)", exception.Message);
    }

    [Fact]
    public void Variable_NegativeOrderOrNaN_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PowerSeries.Variable(0, -1));
        Assert.Throws<ArgumentException>(() => PowerSeries.Variable(double.NaN, 2));
    }

    [Fact]
    public void Indexer_NegativePower_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PowerSeries.Variable(0, 2)[-1]);
    }

    [Fact]
    public void FromCoefficients_None_Throws()
    {
        Assert.Throws<ArgumentException>(() => PowerSeries.FromCoefficients([]));
    }

    [Fact]
    public void ToString_SqrtAboutFour_ListsThePowersOfH()
    {
        Assert.Equal("2 + 0.25h - 0.015625h^2", Sqrt(PowerSeries.Variable(4, 2)).ToString());
    }

    private static void AssertCoefficients(IReadOnlyList<double> expected, PowerSeries actual) =>
        Assert.Equal(expected, actual.Coefficients, new ToleranceComparer(Exact));

    private static void AssertCoefficients(PowerSeries expected, PowerSeries actual) =>
        AssertCoefficients(expected.Coefficients, actual);
}
