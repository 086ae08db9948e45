using Calculus.Symbolic;
using static Calculus.Elementary;

namespace Calculus.Tests.Symbolic;

/// <summary>A function written once over IScalar builds its own expression when called with Expr.</summary>
public sealed class GenericScalarTests
{
    /// <summary>
    /// The same function computed two ways (Real arithmetic, and the Expr tree it built, or tanh' as 1 − tanh² and as
    /// the symbolic derivative of (eˣ − e⁻ˣ)/(eˣ + e⁻ˣ)): a dozen double operations on values below 20, in different
    /// orders, each rounding by at most 1.1e-16 relative, so under 1e-13 apart; 1e-12 leaves a margin of ten.
    /// </summary>
    private const double TwoComputationsTolerance = 1e-12;

    [Fact]
    public void GenericFunction_CalledWithExpr_GivesTheSameTreeAsParsingItsText()
    {
        var built = F(Expr.Variable("x"));

        var parsed = Expr.Parse("x*x*sin(x) + 3*x/(1 + x) - exp(-x) + x^2.5 - 2");

        Assert.Equal(parsed, built);
        Assert.Equal(parsed.Simplify(), built.Simplify());
    }

    [Fact]
    public void GenericFunction_CalledWithExprAndReal_AgreeInValue()
    {
        var expression = F(Expr.Variable("x"));

        foreach (var x in new[] { 0.5, 1.0, 2.0 })
        {
            Assert.Equal(F<Real>(x).Value, expression.Evaluate(x), TwoComputationsTolerance);
        }
    }

    [Fact]
    public void GenericRosenbrock_CalledWithExpr_GivesTheSameSimplifiedExpressionAsItsText()
    {
        var built = Rosenbrock(Expr.Variable("x"), Expr.Variable("y"));

        Assert.Equal(Expr.Parse("(1 - x)^2 + 100*(y - x^2)^2").Simplify(), built.Simplify());
    }

    [Fact]
    public void Elementary_TanhOverExpr_DifferentiatesToOneMinusTanhSquared()
    {
        var tanh = Tanh(Expr.Variable("x"));
        var derivative = tanh.Differentiate("x");

        foreach (var x in new[] { -1.2, 0.0, 0.8 })
        {
            Assert.Equal(1 - Math.Tanh(x) * Math.Tanh(x), derivative.Evaluate(x), TwoComputationsTolerance);
        }
    }

    private static T F<T>(T x) where T : IScalar<T> =>
        x * x * Sin(x) + 3 * x / (1 + x) - Exp(-x) + Pow(x, 2.5) - 2;

    private static T Rosenbrock<T>(T x, T y) where T : IScalar<T> =>
        Square(1 - x) + 100 * Square(y - Square(x));
}
