using Calculus.Automatic;
using Calculus.Tests.TestFunctions;
using static Calculus.Elementary;

namespace Calculus.Tests.Automatic;

public sealed class ReverseModeTests
{
    // Automatic differentiation is exact up to rounding: a few ulps of the values involved.
    private const double Exact = 1e-12;

    // Rosenbrock's values reach ~1e3, so rounding is a few ulps of 1e3: ≈ 1e-13; 1e-10 is a safe bound.
    private const double RosenbrockExact = 1e-10;

    [Theory]
    [InlineData(1.0, 1.0)]
    [InlineData(-1.2, 1.0)]
    [InlineData(0.0, 0.0)]
    public void Gradient_Rosenbrock_IsTheHandWorkedValue(double x, double y)
    {
        var gradient = ReverseMode.Gradient(Rosenbrock.Value<TapeVariable>, [x, y]);

        Assert.Equal(Rosenbrock.Gradient(x, y), gradient.ToArray(), new ToleranceComparer(RosenbrockExact));
    }

    [Fact]
    public void Derivative_XSquaredSinX_IsTheHandWorkedValue()
    {
        Assert.Equal(Math.PI, ReverseMode.Derivative(x => x * x * Sin(x), Math.PI / 2), Exact);
    }

    [Fact]
    public void Backward_VariableUsedTwice_AddsBothPaths()
    {
        // f = x·x + x: the adjoint of x collects 2x from the product and 1 from the sum, 7 at x = 3.
        var tape = new Tape();
        var x = tape.Variable(3);

        var adjoints = tape.Backward((x * x) + x);

        Assert.Equal(7, adjoints[0]);
        Assert.Equal(3, tape.Count); // x, x·x, x·x + x
    }

    [Fact]
    public void Gradient_ManyInputs_RecordsTheFunctionOnce()
    {
        var calls = 0;

        var gradient = ReverseMode.Gradient(p => { calls++; return p.Aggregate((a, b) => a + (b * b)); }, [1, 2, 3, 4]);

        Assert.Equal(1, calls);
        Assert.Equal([1.0, 4.0, 6.0, 8.0], gradient.ToArray());
    }

    [Fact]
    public void Jacobian_PolarToCartesian_IsTheHandWorkedMatrix()
    {
        var jacobian = ReverseMode.Jacobian(p => [p[0] * Cos(p[1]), p[0] * Sin(p[1])], [2, Math.PI / 3]);

        Assert.Equal([0.5, -Math.Sqrt(3), Math.Sqrt(3) / 2, 1.0], jacobian.ToRowMajorArray(), new ToleranceComparer(Exact));
    }

    [Fact]
    public void Gradient_OutputIndependentOfTheInputs_IsZero()
    {
        Assert.Equal([0.0, 0.0], ReverseMode.Gradient(_ => 5.0, [1, 2]).ToArray());
    }

    [Fact]
    public void Operation_VariablesFromTwoTapes_ThrowsSayingSo()
    {
        var a = new Tape().Variable(1);
        var b = new Tape().Variable(2);

        var error = Assert.Throws<InvalidOperationException>(() => a + b);

        Assert.Contains("different tapes", error.Message);
    }

    [Fact]
    public void Gradient_SqrtAtZero_IsInfiniteOnlyAlongThatVariable()
    {
        var gradient = ReverseMode.Gradient(p => Sqrt(p[0]) + p[1], [0, 2]);

        Assert.Equal(double.PositiveInfinity, gradient[0]);
        Assert.Equal(1.0, gradient[1]);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.NegativeInfinity)]
    public void DerivativeAndGradient_PointNotFinite_ThrowNamingX(double bad)
    {
        Assert.Equal("x", Assert.Throws<ArgumentException>(() => ReverseMode.Derivative(Sin, bad)).ParamName);
        Assert.StartsWith("x[1]", Assert.Throws<ArgumentException>(() => ReverseMode.Gradient(p => p[0], [1, bad])).Message);
    }

    [Fact]
    public void Variable_NotFinite_Throws()
    {
        Assert.Throws<ArgumentException>(() => new Tape().Variable(double.PositiveInfinity));
    }
}
