using Calculus.Symbolic;
using static Calculus.Elementary;

namespace Calculus.Tests.Symbolic;

/// <summary>A function written once over IScalar builds its own expression when called with Expr.</summary>
public sealed class GenericScalarTests
{
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
            Assert.Equal(F<Real>(x).Value, expression.Evaluate(x), 12);
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
            Assert.Equal(1 - Math.Tanh(x) * Math.Tanh(x), derivative.Evaluate(x), 12);
        }
    }

    private static T F<T>(T x) where T : IScalar<T> =>
        x * x * Sin(x) + 3 * x / (1 + x) - Exp(-x) + Pow(x, 2.5) - 2;

    private static T Rosenbrock<T>(T x, T y) where T : IScalar<T> =>
        Square(1 - x) + 100 * Square(y - Square(x));
}
