using Calculus.Symbolic;

namespace Calculus.Tests.Symbolic;

public sealed class DifferentiationTests
{
    /// <summary>
    /// For comparing a symbolic derivative with the same formula computed in C#: both are a few floating-point
    /// operations on the same numbers, so they agree to within a few units in the last place (about 1e-16 relative);
    /// 1e-12 leaves room for the different order of operations.
    /// </summary>
    private const double SameFormulaTolerance = 1e-12;

    private static readonly double[] Points = { -2.3, -0.7, 0.4, 1.0, 2.9 };

    private static readonly double[] PositivePoints = { 0.2, 0.9, 1.0, 3.5, 10.0 };

    [Fact]
    public void Differentiate_XSquaredSinX_IsProductRuleResult()
    {
        var derivative = Expr.Parse("x^2 * sin(x)").Differentiate("x");

        Assert.Equal("2*x*sin(x) + x^2*cos(x)", derivative.ToString());
        AssertAgrees(derivative, x => 2 * x * Math.Sin(x) + x * x * Math.Cos(x), Points);
    }

    [Fact]
    public void Differentiate_XOverOnePlusX_IsOneOverSquare()
    {
        var derivative = Expr.Parse("x/(1 + x)").Differentiate("x");

        Assert.Equal("1/(1 + x)^2", derivative.ToString());
        AssertAgrees(derivative, x => 1 / ((1 + x) * (1 + x)), PositivePoints);
    }

    [Fact]
    public void Differentiate_ExpOfSin_IsCosTimesExpOfSin()
    {
        var derivative = Expr.Parse("exp(sin(x))").Differentiate("x");

        Assert.Equal("cos(x)*exp(sin(x))", derivative.ToString());
        AssertAgrees(derivative, x => Math.Cos(x) * Math.Exp(Math.Sin(x)), Points);
    }

    [Fact]
    public void Differentiate_Ln_IsReciprocal()
    {
        var derivative = Expr.Parse("ln(x)").Differentiate("x");

        Assert.Equal("1/x", derivative.ToString());
        AssertAgrees(derivative, x => 1 / x, PositivePoints);
    }

    [Fact]
    public void Differentiate_Sqrt_IsOneOverTwiceSqrt()
    {
        var derivative = Expr.Parse("sqrt(x)").Differentiate("x");

        Assert.Equal("1/(2*sqrt(x))", derivative.ToString());
        AssertAgrees(derivative, x => 1 / (2 * Math.Sqrt(x)), PositivePoints);
    }

    [Fact]
    public void Differentiate_Tan_IsOneOverCosSquared()
    {
        var derivative = Expr.Parse("tan(x)").Differentiate("x");

        Assert.Equal("1/cos(x)^2", derivative.ToString());
        AssertAgrees(derivative, x => 1 + Math.Tan(x) * Math.Tan(x), Points);
    }

    [Theory]
    [InlineData("3*x^2", "6*x")]
    [InlineData("x^5 - 2*x^3 + x - 7", "1 - 6*x^2 + 5*x^4")]
    [InlineData("sin(x^2)", "2*x*cos(x^2)")]
    [InlineData("cos(3*x)", "-3*sin(3*x)")]
    [InlineData("1/x", "-1/x^2")]
    [InlineData("1/x^2", "-2/x^3")]
    [InlineData("x^(1/2)", "1/(2*sqrt(x))")]
    [InlineData("sqrt(x)/x", "-1/(2*x^(3/2))")]
    [InlineData("x*sqrt(x)", "3*sqrt(x)/2")]
    [InlineData("exp(x)^2", "2*exp(2*x)")]
    [InlineData("exp(x)*exp(-x)", "0")]
    [InlineData("exp(x)", "exp(x)")]
    [InlineData("e^x", "exp(x)")]
    [InlineData("x*exp(x)", "exp(x) + x*exp(x)")]
    [InlineData("2^x", "2^x*ln(2)")]
    [InlineData("x^x", "x^x*(1 + ln(x))")]
    [InlineData("ln(x^2 + 1)", "2*x/(1 + x^2)")]
    [InlineData("(1 - x)^2", "2*x - 2")]
    [InlineData("sin(x)*cos(x)", "cos(x)^2 - sin(x)^2")]
    [InlineData("pi*x^2", "2*pi*x")]
    [InlineData("x/3", "1/3")]
    [InlineData("ln(2*x + 2)", "1/(1 + x)")]
    [InlineData("sqrt(x - x)", "0")]
    public void Differentiate_TextbookExamples_GiveTextbookResults(string text, string expected)
    {
        Assert.Equal(expected, Expr.Parse(text).Differentiate("x").ToString());
    }

    [Fact]
    public void Differentiate_Sigmoid_IsSigmaTimesOneMinusSigma()
    {
        var x = Expr.Variable("x");
        var derivative = Elementary.Sigmoid(x).Differentiate("x");

        Assert.Equal("exp(-x)/(1 + exp(-x))^2", derivative.ToString());
        static double Sigma(double t) => 1 / (1 + Math.Exp(-t));
        AssertAgrees(derivative, t => Sigma(t) * (1 - Sigma(t)), Points);
    }

    [Theory]
    [InlineData("5")]
    [InlineData("2*pi")]
    [InlineData("y^2")]
    [InlineData("sin(y)*exp(z)")]
    public void Differentiate_ExpressionWithoutTheVariable_IsZero(string text)
    {
        Assert.Equal(Expr.Constant(0), Expr.Parse(text).Differentiate("x"));
    }

    [Fact]
    public void Differentiate_SeveralVariables_GivesPartialDerivatives()
    {
        var f = Expr.Parse("x^2*y + sin(x*y)");

        Assert.Equal("2*x*y + y*cos(x*y)", f.Differentiate("x").ToString());
        Assert.Equal("x^2 + x*cos(x*y)", f.Differentiate("y").ToString());
    }

    [Fact]
    public void Differentiate_Twice_GivesTheSecondDerivative()
    {
        var second = Expr.Parse("x^3 + sin(x)").Differentiate("x").Differentiate("x");

        Assert.Equal("6*x - sin(x)", second.ToString());
    }

    [Theory]
    [InlineData("(x^2 + 1)/(x - 1)")]
    [InlineData("((x/x^2)^y)^x")]
    [InlineData("ln(((x + 1)^(1/3))^(y/3))")]
    public void Differentiate_ResultIsAlreadySimplified(string text)
    {
        var derivative = Expr.Parse(text).Differentiate("x");

        Assert.Equal(derivative, derivative.Simplify());
    }

    [Theory]
    [InlineData("")]
    [InlineData("2x")]
    [InlineData("sin")]
    public void Differentiate_InvalidVariableName_Throws(string name)
    {
        Assert.Throws<ArgumentException>(() => Expr.Parse("x").Differentiate(name));
    }

    [Fact]
    public void Differentiate_DivisionByConstantZero_Throws()
    {
        Assert.Throws<DivideByZeroException>(() => Expr.Parse("x/(2 - 2)").Differentiate("x"));
    }

    private static void AssertAgrees(Expr derivative, Func<double, double> expected, double[] points)
    {
        foreach (var x in points)
        {
            var want = expected(x);
            var got = derivative.Evaluate(x);
            Assert.True(
                Math.Abs(got - want) <= SameFormulaTolerance * Math.Max(1, Math.Abs(want)),
                $"At x = {x}: {derivative} gives {got}, expected {want}.");
        }
    }
}
