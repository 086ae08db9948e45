using Calculus.Automatic;
using Calculus.Taylor;
using MathNet.Numerics;
using static Calculus.Elementary;

namespace Calculus.Tests.Taylor;

public sealed class TaylorApproximationTests
{
    // Forward-mode derivatives are exact up to rounding: a few ulps of values of order 1, so 1e-12 is a safe bound.
    private const double Exact = 1e-12;

    // The course's margin for a measured order (see ErrorScalingTests): within 0.15 of the expected slope.
    private const double SlopeTolerance = 0.15;

    // Steps from 10⁻³ to 10⁻¹: the error of the second-order approximation, about h³/10, stays far above rounding.
    private static readonly double[] Steps = Generate.LogSpaced(8, -3, -1);

    // a = (0, π/2), where f(x, y) = eˣ sin y = 1.
    private static readonly double[] A = [0, Math.PI / 2];

    // The direction the step h is taken in: a unit vector along which every third derivative's term is non-zero.
    private static readonly double[] Direction = [0.6, 0.8];

    [Fact]
    public void About_ExpXSinYAtZeroHalfPi_HasTheHandWorkedGradientAndHessian()
    {
        // ∇f = (eˣ sin y, eˣ cos y) = (1, 0); H = [[eˣ sin y, eˣ cos y], [eˣ cos y, −eˣ sin y]] = [[1, 0], [0, −1]].
        foreach (var approximation in new[] { TaylorApproximation.About(F<Dual>, F<HyperDual>, A), TaylorApproximation.About(F<HyperDual>, A) })
        {
            Assert.Equal(1, approximation.Value, Exact);
            Assert.Equal([1.0, 0], approximation.Gradient.ToArray(), new ToleranceComparer(Exact));
            Assert.Equal([1.0, 0], approximation.Jacobian.ToRowMajorArray(), new ToleranceComparer(Exact));
            Assert.Equal([1.0, 0, 0, -1], approximation.Hessian.ToRowMajorArray(), new ToleranceComparer(Exact));
            Assert.Equal(A, approximation.Point.ToArray());
        }
    }

    [Fact]
    public void Approximations_NearA_AreTheHandWorkedValues()
    {
        // With (x − a) = (0.1, 0.2): f(a) = 1; + ∇f·(x − a) = 1 + 0.1; + ½(0.1² − 0.2²) = 1.1 − 0.015.
        var approximation = TaylorApproximation.About(p => Exp(p[0]) * Sin(p[1]), A);
        double[] x = [0.1, (Math.PI / 2) + 0.2];

        Assert.Equal(1, approximation.ZerothOrder(x), Exact);
        Assert.Equal(1.1, approximation.FirstOrder(x), Exact);
        Assert.Equal(1.085, approximation.SecondOrder(x), Exact);
        Assert.Equal(approximation.SecondOrder(x), approximation.Evaluate(x, 2));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void Evaluate_ApproximationOfOrderN_ErrorScalesLikeHToTheNPlusOne(int order)
    {
        var approximation = TaylorApproximation.About(F<HyperDual>, A);

        var scaling = ErrorScaling.Measure(
            h =>
            {
                double[] x = [A[0] + (h * Direction[0]), A[1] + (h * Direction[1])];
                return F<Real>([x[0], x[1]]) - approximation.Evaluate(x, order);
            },
            Steps);

        Assert.InRange(scaling.Slope, order + 1 - SlopeTolerance, order + 1 + SlopeTolerance);
    }

    [Fact]
    public void About_PointNotFiniteOrEmpty_Throws()
    {
        Assert.Throws<ArgumentException>(() => TaylorApproximation.About(F<HyperDual>, [double.NaN, 0]));
        Assert.Throws<ArgumentException>(() => TaylorApproximation.About(F<HyperDual>, []));
    }

    [Fact]
    public void About_FunctionUndefinedAtA_ThrowsSayingItIsNotFinite()
    {
        var exception = Assert.Throws<ArgumentException>(() => TaylorApproximation.About(p => Log(p[0]) + p[1], [0, 1]));

        Assert.Contains("not finite at a = (0, 1)", exception.Message);
    }

    [Fact]
    public void About_GradientNotFiniteAtA_ThrowsNamingTheGradient()
    {
        // √x·y is 0 at (0, 1), but its slope in x, y/(2√x), is not finite there.
        var exception = Assert.Throws<ArgumentException>(() => TaylorApproximation.About(p => Sqrt(p[0]) * p[1], [0, 1]));

        Assert.Contains("gradient", exception.Message);
    }

    [Fact]
    public void About_FunctionOfMoreVariablesThanThePoint_Throws()
    {
        Assert.Throws<ArgumentException>(() => TaylorApproximation.About(p => p[0] * p[2], A));
    }

    [Fact]
    public void Evaluate_PointOfAnotherDimension_Throws()
    {
        var approximation = TaylorApproximation.About(F<HyperDual>, A);

        var exception = Assert.Throws<ArgumentException>(() => approximation.SecondOrder([1, 2, 3]));
        Assert.Contains("3 coordinate(s)", exception.Message);
        Assert.Throws<ArgumentException>(() => approximation.ZerothOrder([1]));
        Assert.Throws<ArgumentOutOfRangeException>(() => approximation.Evaluate(A, 3));
    }

    private static T F<T>(T[] p) where T : IScalar<T> => Exp(p[0]) * Sin(p[1]);
}
