using Calculus.Taylor;
using static Calculus.Elementary;

namespace Calculus.Tests.Taylor;

public sealed class RemainderTests
{
    // The error is a difference of values of order 1, exact up to a few ulps of them: 1e-12 is a safe bound.
    private const double Exact = 1e-12;

    [Fact]
    public void Actual_ExpOrderTwoAtAHalf_IsTheHandWorkedError()
    {
        // e^{1/2} − (1 + 1/2 + 1/8).
        var error = Remainder.Actual(Math.Exp, MaclaurinSeries.Exp(2), 0.5);

        Assert.Equal(Math.Exp(0.5) - 1.625, error, Exact);
    }

    [Fact]
    public void LagrangeBound_ExpOrderThreeOnZeroToAHalf_IsTheHandWorkedBoundAndHolds()
    {
        // |f⁽⁴⁾| = eᵗ ≤ e^{1/2} on [0, 1/2], so |R₃(1/2)| ≤ e^{1/2}·(1/2)⁴/4!.
        var polynomial = MaclaurinSeries.Exp(3);

        var bound = Remainder.LagrangeBound(polynomial, 0.5, Math.Exp(0.5));

        Assert.Equal(Math.Exp(0.5) * Math.Pow(0.5, 4) / 24, bound, Exact);
        Assert.True(Math.Abs(Remainder.Actual(Math.Exp, polynomial, 0.5)) <= bound);
    }

    [Theory]
    [InlineData(1, 0.8)]
    [InlineData(3, -1.7)]
    [InlineData(6, 2.5)]
    public void LagrangeBound_SinWithMOne_BoundsTheActualError(int order, double x)
    {
        // Every derivative of sin is ±sin or ±cos, so M = 1 bounds each of them everywhere.
        var polynomial = TaylorPolynomial.Of(Sin, 0.3, order);

        var bound = Remainder.LagrangeBound(polynomial, x, 1);

        Assert.True(Math.Abs(Remainder.Actual(Math.Sin, polynomial, x)) <= bound);
    }

    [Fact]
    public void GeometricSeries_OutsideTheRadiusOfConvergence_ErrorGrowsWithTheOrder()
    {
        // At x = 1.5, Pₙ(1.5) = Σ 1.5ᵏ runs away from 1/(1 − 1.5) = −2.
        var previous = 0.0;
        for (var n = 0; n <= 15; n++)
        {
            var error = Math.Abs(Remainder.Actual(x => 1 / (1 - x), TaylorPolynomial.Maclaurin(x => 1 / (1 - x), n), 1.5));

            Assert.True(error > previous, $"The error of P{n} at 1.5 is {error}, not above that of P{n - 1}, {previous}.");
            previous = error;
        }
    }

    [Fact]
    public void GeometricSeries_InsideTheRadiusOfConvergence_ErrorIsAHalfToTheN()
    {
        // At x = 1/2, 1/(1 − x) − Σₖ₌₀ⁿ xᵏ = xⁿ⁺¹/(1 − x) = (1/2)ⁿ, which goes to 0.
        for (var n = 0; n <= 20; n++)
        {
            var error = Remainder.Actual(x => 1 / (1 - x), TaylorPolynomial.Maclaurin(x => 1 / (1 - x), n), 0.5);

            Assert.Equal(Math.Pow(0.5, n), error, Exact);
        }
    }

    [Fact]
    public void LagrangeBound_NegativeOrNaNBound_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Remainder.LagrangeBound(MaclaurinSeries.Exp(2), 0.5, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Remainder.LagrangeBound(MaclaurinSeries.Exp(2), 0.5, double.NaN));
    }

    [Fact]
    public void Actual_PointNotFinite_Throws()
    {
        Assert.Throws<ArgumentException>(() => Remainder.Actual(Math.Exp, MaclaurinSeries.Exp(2), double.NaN));
        Assert.Throws<ArgumentException>(() => Remainder.LagrangeBound(MaclaurinSeries.Exp(2), double.PositiveInfinity, 1));
    }
}
