using Calculus.Exercises;

namespace Calculus.Tests.Exercises;

/// <summary>Week 1's expected answers against values worked out by hand and an independent method.</summary>
public sealed class AnswersWeek1Tests
{
    [Theory]
    [InlineData(2.0)]
    [InlineData(1.0)]
    [InlineData(0.5)]
    [InlineData(-0.5)]
    public void SquareSecantSlopeAtOne_IsTwoPlusH(double h)
    {
        // By hand: ((1 + h)² − 1)/h = (2h + h²)/h = 2 + h.
        Assert.Equal(2 + h, Answers.Week1.SquareSecantSlopeAtOne(h), 12);
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(0.1)]
    [InlineData(0.0)]
    public void CubeQuotientAtTwo_IsTheSimplifiedPolynomial(double h)
    {
        // By hand: 3x² + 3xh + h² at x = 2 is 12 + 6h + h², and 12 = (x³)′ at 2 when h = 0.
        Assert.Equal(12 + (6 * h) + (h * h), Answers.Week1.CubeQuotientAtTwo(h), 9);
    }

    [Theory]
    [InlineData(0.1)]
    [InlineData(0.01)]
    public void ExpCentralDifferenceAtHalf_IsSinhOverH(double h)
    {
        // (e^(0.5 + h) − e^(0.5 − h))/(2h) = e^0.5 · sinh(h)/h.
        Assert.Equal(Math.Exp(0.5) * Math.Sinh(h) / h, Answers.Week1.ExpCentralDifferenceAtHalf(h), 12);
    }

    [Fact]
    public void DerivativeCandidate_IsTwo()
    {
        // By hand: (x·e^(−x²/2))′ = e^(−x²/2) − x²·e^(−x²/2) = (1 − x²)·e^(−x²/2), the notebook's candidate 2.
        Assert.Equal(2, Answers.Week1.DerivativeCandidate);
    }

    [Fact]
    public void ExpSecantSlopeAtZero_HOfOne_IsEMinusOne()
    {
        // By hand: (e¹ − 1)/1 = 1.718281828…
        Assert.Equal(1.718281828459045, Answers.Week1.ExpSecantSlopeAtZero(1), 12);
    }

    [Theory]
    [InlineData(1e-2)]
    [InlineData(1e-4)]
    [InlineData(-1e-3)]
    public void ExpSecantSlopeAtZero_SmallH_IsTheSeries(double h)
    {
        // (e^h − 1)/h = 1 + h/2 + h²/6 + h³/24 + h⁴/120 + h⁵/720 + …, which tends to 1.
        var series = 1 + (h / 2) + (Math.Pow(h, 2) / 6) + (Math.Pow(h, 3) / 24) + (Math.Pow(h, 4) / 120) + (Math.Pow(h, 5) / 720);
        Assert.Equal(series, Answers.Week1.ExpSecantSlopeAtZero(h), 12);
    }
}
