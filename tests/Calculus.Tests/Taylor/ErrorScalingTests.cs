using Calculus.Symbolic;
using Calculus.Taylor;
using MathNet.Numerics;
using static Calculus.Elementary;

namespace Calculus.Tests.Taylor;

public sealed class ErrorScalingTests
{
    // The course's margin for a measured order: the neglected terms beyond hⁿ⁺¹ bend the log-log line a little over
    // the range of steps, and a slope within 0.15 of n + 1 still tells the orders apart.
    private const double SlopeTolerance = 0.15;

    // A fitted slope of errors that are exactly C·hᵖ is p up to rounding in the logarithms: 1e-10 is a safe bound.
    private const double Exact = 1e-10;

    // Steps from 10⁻² to 10⁻¹: small enough for the leading term to dominate; large enough that even
    // h⁵/5! ≈ 10⁻¹² stays far above the rounding of values of order 1 (≈ 10⁻¹⁶).
    private static readonly double[] Steps = Generate.LogSpaced(8, -2, -1);

    [Theory]
    [InlineData("exp about 0", 0)]
    [InlineData("exp about 0", 1)]
    [InlineData("exp about 0", 2)]
    [InlineData("exp about 0", 4)]
    [InlineData("sin about 1", 1)]
    [InlineData("sin about 1", 2)]
    [InlineData("sin about 1", 3)]
    [InlineData("ln about 2", 2)]
    [InlineData("ln about 2", 3)]
    public void Measure_TaylorPolynomialOfOrderN_ErrorScalesLikeHToTheNPlusOne(string function, int order)
    {
        var (f, polynomial) = function switch
        {
            "exp about 0" => ((Func<double, double>)Math.Exp, TaylorPolynomial.Of(Exp, 0, order)),
            "sin about 1" => (Math.Sin, TaylorPolynomial.Of(Expr.Parse("sin(x)"), 1, order)),
            _ => (Math.Log, TaylorPolynomial.Of(Log, 2, order)),
        };

        var scaling = ErrorScaling.Measure(f, polynomial, Steps);

        Assert.InRange(scaling.Slope, order + 1 - SlopeTolerance, order + 1 + SlopeTolerance);
    }

    [Fact]
    public void Measure_ErrorExactlyThreeHSquared_IsSlopeTwoAndConstantThree()
    {
        var scaling = ErrorScaling.Measure(h => -3 * h * h, Steps);

        Assert.Equal(2, scaling.Slope, Exact);
        Assert.Equal(3, scaling.Constant, Exact);
        Assert.Equal(Steps, scaling.Steps);
        Assert.Equal(3 * Steps[0] * Steps[0], scaling.Errors[0], Exact);
    }

    [Fact]
    public void Measure_ApproximationThatIsExact_ThrowsSayingThereIsNoSlope()
    {
        // P₂ of x² about 0 is x² itself: the error is exactly 0 at every step.
        var exception = Assert.Throws<InvalidOperationException>(
            () => ErrorScaling.Measure(x => x * x, TaylorPolynomial.Maclaurin(x => x * x, 2), Steps));

        Assert.Contains("no slope", exception.Message);
    }

    [Fact]
    public void Measure_BadSteps_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ErrorScaling.Measure(h => h, [0.1, 0]));
        Assert.Throws<ArgumentOutOfRangeException>(() => ErrorScaling.Measure(h => h, [0.1, -0.01]));
        Assert.Throws<ArgumentException>(() => ErrorScaling.Measure(h => h, [0.1]));
        Assert.Throws<ArgumentException>(() => ErrorScaling.Measure(h => h, [0.1, 0.1]));
    }
}
