using Calculus.Exercises;

namespace Calculus.Tests.Exercises;

public sealed class AnswersWeek4Tests
{
    [Theory]
    [InlineData(4, 2)]
    [InlineData(0, 2 - 1 - (16.0 / 64) - (64.0 / 512))]
    [InlineData(8, 2 + 1 - (16.0 / 64) + (64.0 / 512))]
    public void RootPolynomial_ByHand_Is2PlusQuarterStepMinusStepSquaredOver64PlusCubeOver512(double x, double expected) =>
        Assert.Equal(expected, Answers.Week4.RootPolynomial(x), 12);

    [Fact]
    public void RootPolynomial_NearFour_IsCloseToTheSquareRoot() =>
        Assert.Equal(Math.Sqrt(4.1), Answers.Week4.RootPolynomial(4.1), 7);

    [Fact]
    public void ExpDerivativesAtZero_EveryOne_IsOne() =>
        Assert.Equal(Enumerable.Repeat(1.0, 16), Answers.Week4.ExpDerivativesAtZero, new ToleranceComparer(1e-12));

    [Fact]
    public void OrderForE_ByHand_Is13()
    {
        // The error after the xⁿ term is about 1/(n + 1)!: 1/13! ≈ 1.6e-10 is too big, 1/14! ≈ 1.1e-11 is not.
        Assert.Equal(13, Answers.Week4.OrderForE);

        // The same order by a different route: partial sums of the library's Maclaurin polynomial.
        var n = Enumerable.Range(0, 30).First(k => Math.Abs(Math.E - Calculus.Taylor.MaclaurinSeries.Exp(k).Evaluate(1)) < 1e-10);
        Assert.Equal(n, Answers.Week4.OrderForE);
    }

    [Theory]
    [InlineData(1, 2, 2)]
    [InlineData(1.1, 2, 2.4)]
    [InlineData(2, 3, 2 + 4 + 1)]
    public void FirstOrderApproximation_ByHand_Is2Plus4DxPlusDy(double x, double y, double expected) =>
        // g(1, 2) = 2, ∂g/∂x = 2xy = 4, ∂g/∂y = x² = 1.
        Assert.Equal(expected, Answers.Week4.FirstOrderApproximation(x, y), 12);
}
