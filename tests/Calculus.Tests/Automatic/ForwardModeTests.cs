using Calculus.Automatic;
using Calculus.Tests.TestFunctions;
using static Calculus.Elementary;

namespace Calculus.Tests.Automatic;

public sealed class ForwardModeTests
{
    // Automatic differentiation is exact up to rounding: a few ulps of the values involved.
    private const double Exact = 1e-12;

    // Rosenbrock's values reach ~1e3, so rounding is a few ulps of 1e3: ≈ 1e-13; 1e-10 is a safe bound.
    private const double RosenbrockExact = 1e-10;

    [Fact]
    public void Derivative_XSquaredSinX_IsTheHandWorkedValue()
    {
        // f'(x) = 2x sin x + x² cos x = π at x = π/2.
        Assert.Equal(Math.PI, ForwardMode.Derivative(x => x * x * Sin(x), Math.PI / 2), Exact);
    }

    [Fact]
    public void Dual_Product_CarriesTheProductRule()
    {
        // (3 + 1ε)(4 + 2ε) = 12 + (3·2 + 1·4)ε.
        Assert.Equal(new Dual(12, 10), new Dual(3, 1) * new Dual(4, 2));
    }

    [Theory]
    [InlineData(0.7)]
    [InlineData(2.3)]
    public void Derivative_EachElementaryFunction_IsItsTextbookDerivative(double x)
    {
        Assert.Equal(Math.Exp(x), ForwardMode.Derivative(Exp, x), Exact);
        Assert.Equal(1 / x, ForwardMode.Derivative(Log, x), Exact);
        Assert.Equal(Math.Cos(x), ForwardMode.Derivative(Sin, x), Exact);
        Assert.Equal(-Math.Sin(x), ForwardMode.Derivative(Cos, x), Exact);
        Assert.Equal(1 / (Math.Cos(x) * Math.Cos(x)), ForwardMode.Derivative(Tan, x), Exact);
        Assert.Equal(0.5 / Math.Sqrt(x), ForwardMode.Derivative(Sqrt, x), Exact);
        Assert.Equal(-1 / (x * x), ForwardMode.Derivative(u => 1.0 / u, x), Exact);
        Assert.Equal(2.5 * Math.Pow(x, 1.5), ForwardMode.Derivative(u => Pow(u, 2.5), x), Exact);
    }

    [Theory]
    [InlineData(1.0, 1.0)]
    [InlineData(-1.2, 1.0)]
    public void GradientAndHessian_Rosenbrock_AreTheHandWorkedValues(double x, double y)
    {
        var gradient = ForwardMode.Gradient(Rosenbrock.Value<Dual>, [x, y]);
        var hessian = ForwardMode.Hessian(Rosenbrock.Value<HyperDual>, [x, y]);

        Assert.Equal(Rosenbrock.Gradient(x, y), gradient.ToArray(), new ToleranceComparer(RosenbrockExact));
        Assert.Equal(Rosenbrock.Hessian(x, y).Cast<double>(), hessian.ToRowMajorArray(), new ToleranceComparer(RosenbrockExact));
    }

    [Fact]
    public void Jacobian_PolarToCartesian_IsTheHandWorkedMatrix()
    {
        var jacobian = ForwardMode.Jacobian(p => [p[0] * Cos(p[1]), p[0] * Sin(p[1])], [2, Math.PI / 3]);

        Assert.Equal([0.5, -Math.Sqrt(3), Math.Sqrt(3) / 2, 1.0], jacobian.ToRowMajorArray(), new ToleranceComparer(Exact));
    }

    [Fact]
    public void SecondDerivative_XSquaredSinX_IsTheHandWorkedValue()
    {
        Assert.Equal(2 - (Math.PI * Math.PI / 4), ForwardMode.SecondDerivative(x => x * x * Sin(x), Math.PI / 2), Exact);
    }

    [Fact]
    public void Gradient_NInputs_EvaluatesTheFunctionNTimes()
    {
        var calls = 0;

        ForwardMode.Gradient(p => { calls++; return p.Aggregate((a, b) => a + b); }, new double[7]);

        Assert.Equal(7, calls);
    }

    [Fact]
    public void Gradient_SqrtAtZero_IsInfiniteOnlyAlongThatVariable()
    {
        // f = √x + y at (0, 2): ∂f/∂x = 1/(2√x) = ∞, ∂f/∂y = 1. The pass along y carries √x with no tangent,
        // so it must give 1, not ∞·0 = NaN.
        var gradient = ForwardMode.Gradient(p => Sqrt(p[0]) + p[1], [0, 2]);
        var hessian = ForwardMode.Hessian(p => Sqrt(p[0]) + p[1], [0, 2]);

        Assert.Equal(double.PositiveInfinity, gradient[0]);
        Assert.Equal(1.0, gradient[1]);
        Assert.Equal(0.0, hessian[1, 1]);
        Assert.Equal(0.0, hessian[0, 1]);
    }

    [Fact]
    public void Derivative_PointIsNaN_ThrowsNamingIt()
    {
        var error = Assert.Throws<ArgumentException>(() => ForwardMode.Derivative(Sin, double.NaN));

        Assert.Equal("x", error.ParamName);
    }
}
