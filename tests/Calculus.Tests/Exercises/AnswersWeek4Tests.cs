using Calculus.Exercises;

namespace Calculus.Tests.Exercises;

public sealed class AnswersWeek4Tests
{
    [Fact]
    public void RootCoefficients_ByHand_Are2QuarterMinusOne64thOne512th()
    {
        // f(4) = 2, f′(4) = 1/(2·2) = 1/4, f″(4) = −1/(4·8) = −1/32 → −1/64, f‴(4) = 3/(8·32) = 3/256 → 1/512.
        Assert.Equal([2, 0.25, -1.0 / 64, 1.0 / 512], Answers.Week4.RootCoefficients, new ToleranceComparer(1e-15));

        // The same by power-series arithmetic.
        var bySeries = Calculus.Taylor.TaylorPolynomial.Of(x => Calculus.Elementary.Sqrt(x), 4, 3).Coefficients;
        Assert.Equal(bySeries, Answers.Week4.RootCoefficients, new ToleranceComparer(1e-15));
    }

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
    [InlineData(1e-3, 6)]    // 3/6! ≈ 4.2e-3 is too big, 3/7! ≈ 6.0e-4 is not
    [InlineData(1e-6, 9)]    // 3/9! ≈ 8.3e-6, 3/10! ≈ 8.3e-7
    [InlineData(1e-10, 13)]  // 3/13! ≈ 4.8e-10, 3/14! ≈ 3.4e-11
    public void OrderForEFromBound_ByHand_IsTheFirstNWith3OverNPlus1FactorialBelowTolerance(double tolerance, int byHand)
    {
        Assert.Equal(byHand, Answers.Week4.OrderForEFromBound(tolerance));
        double factorial = 1;
        var n = 0;
        while (3 / (factorial * (n + 1)) >= tolerance)
        {
            n++;
            factorial *= n;
        }

        Assert.Equal(n, Answers.Week4.OrderForEFromBound(tolerance));
    }

    [Fact]
    public void QuadraticModelMinimiser_AtZero_IsMinusPoint8()
    {
        // C′(0) = σ(0) − 0.3 = 0.2, C″(0) = σ(0)(1 − σ(0)) = 0.25: the model's minimum is at 0 − 0.2/0.25 = −0.8.
        Assert.Equal(-0.8, Answers.Week4.QuadraticModelMinimiser(0), 12);
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(-2.0)]
    public void QuadraticModelMinimiser_AgreesWithCentralDifferences(double w)
    {
        static double C(double v) => Math.Log(1 + Math.Exp(v)) - (0.3 * v);
        const double h = 1e-4;
        var slope = (C(w + h) - C(w - h)) / (2 * h);
        var curvature = (C(w + h) - (2 * C(w)) + C(w - h)) / (h * h);
        Assert.Equal(w - (slope / curvature), Answers.Week4.QuadraticModelMinimiser(w), 5);
    }

    [Theory]
    [InlineData(2, 0.05, 0.04)]   // f′(2) = 4/5
    [InlineData(-1, 0.1, 0.1)]    // |f′(−1)| = |−2/2| = 1
    [InlineData(0, 0.1, 0)]       // f′(0) = 0
    public void PropagatedSigma_ByHand_IsAbsSlopeTimesSigma(double x, double sigmaX, double expected) =>
        Assert.Equal(expected, Answers.Week4.PropagatedSigma(x, sigmaX), 12);

    [Theory]
    [InlineData(1.1, 2.2, 2.66)]  // 2 + 0.4 + 0.2 + ½(4·0.01 + 2·2·0.02)
    [InlineData(2, 3, 11)]        // 2 + 4 + 1 + ½(4 + 4 + 0)
    public void SecondOrderApproximation_ByHand_AddsHalfDeltaHDelta(double x, double y, double expected) =>
        // H = [[2y, 2x], [2x, 0]] = [[4, 2], [2, 0]] at (1, 2).
        Assert.Equal(expected, Answers.Week4.SecondOrderApproximation(x, y), 12);

    [Theory]
    [InlineData(1, 2, 2)]
    [InlineData(1.1, 2, 2.4)]
    [InlineData(2, 3, 2 + 4 + 1)]
    public void FirstOrderApproximation_ByHand_Is2Plus4DxPlusDy(double x, double y, double expected) =>
        // g(1, 2) = 2, ∂g/∂x = 2xy = 4, ∂g/∂y = x² = 1.
        Assert.Equal(expected, Answers.Week4.FirstOrderApproximation(x, y), 12);
}
