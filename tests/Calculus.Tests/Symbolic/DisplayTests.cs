using System.Reflection;
using Calculus.Display;
using Calculus.Symbolic;

namespace Calculus.Tests.Symbolic;

public sealed class DisplayTests
{
    [Theory]
    [InlineData("x^2*sin(x)", @"x^{2} \sin\left(x\right)")]
    [InlineData("1/(1 + x)", @"\frac{1}{1 + x}")]
    [InlineData("x/(1 + x)^2", @"\frac{x}{\left(1 + x\right)^{2}}")]
    [InlineData("exp(x)", "e^{x}")]
    [InlineData("e^x", "e^{x}")]
    [InlineData("ln(x)", @"\ln\left(x\right)")]
    [InlineData("sqrt(x)", @"\sqrt{x}")]
    [InlineData("x - 2", "x - 2")]
    [InlineData("1/cos(x)^2", @"\frac{1}{\cos^{2}\left(x\right)}")]
    [InlineData("2*pi*x", @"2 \pi x")]
    [InlineData("-x^2", "-x^{2}")]
    [InlineData("x^(1/3)", "x^{1/3}")]
    [InlineData("1/(2*sqrt(x))", @"\frac{1}{2 \sqrt{x}}")]
    [InlineData("-3*x/2", @"-\frac{3 x}{2}")]
    [InlineData("1/3", @"\frac{1}{3}")]
    [InlineData("0.001*x", "0.001 x")]
    [InlineData("x*(y + 1)", @"x \left(1 + y\right)")]
    [InlineData("exp(x)^2", "e^{2 x}")]
    [InlineData("exp(x)*exp(x)", "e^{2 x}")]
    [InlineData("sqrt(x)^3", "x^{3/2}")]
    [InlineData("x^(-1/2)", @"\frac{1}{\sqrt{x}}")]
    [InlineData("sqrt(x)/x", @"\frac{1}{\sqrt{x}}")]
    [InlineData("(x^2)^y", @"\left(x^{2}\right)^{y}")]
    [InlineData("theta^2 + alpha_1 + x2 + rate", @"\alpha_{1} + \mathrm{rate} + x_{2} + \theta^{2}")]
    public void ToLatex_SimplifiedExpression_ReadsLikeATextbook(string text, string latex)
    {
        Assert.Equal(latex, Expr.Parse(text).Simplify().ToLatex());
    }

    [Fact]
    public void ToLatex_ProductOfNumbersAsWritten_UsesCdot()
    {
        Assert.Equal(@"2 \cdot 3 x", Expr.Parse("2*3*x").ToLatex());
    }

    [Theory]
    [InlineData("x^2*sin(x) + 2*x", "2*x + x^2*sin(x)")]
    [InlineData("x - 2", "x - 2")]
    [InlineData("x + -2", "x - 2")]
    [InlineData("x - 3*y", "x - 3*y")]
    [InlineData("x - (y + z)", "x - y - z")]
    [InlineData("-1/x", "-1/x")]
    [InlineData("x/(y*z)", "x/(y*z)")]
    [InlineData("2^(x + 1)", "2^(1 + x)")]
    [InlineData("(x + 1)^-2", "1/(1 + x)^2")]
    [InlineData("(-2)^x", "(-2)^x")]
    public void ToString_SimplifiedExpression_IsPlainText(string text, string expected)
    {
        Assert.Equal(expected, Expr.Parse(text).Simplify().ToString());
    }

    [Theory]
    [InlineData("x^2*sin(x) + 2*x")]
    [InlineData("(1 - x)^2 + 100*(y - x^2)^2")]
    [InlineData("x/(1 + x) - 3*y/(2*x)")]
    [InlineData("exp(-x^2/2)/sqrt(2*pi)")]
    [InlineData("-x^2 + 2*x - 1")]
    [InlineData("x^(1/3) + 0.001*x - 2^-3")]
    [InlineData("2^x^y")]
    [InlineData("tan(x)^2*ln(x)^-1")]
    [InlineData("1/(1 + exp(-x))")]
    [InlineData("1.5e-20*x + 123456789*y")]
    public void ToString_SimplifiedExpression_ParsesBackToAnEqualExpression(string text)
    {
        var simplified = Expr.Parse(text).Simplify();

        var reparsed = Expr.Parse(simplified.ToString()).Simplify();

        Assert.Equal(simplified, reparsed);
    }

    [Theory]
    [InlineData("x^2*sin(x) + 2*x")]
    [InlineData("x - 3*y")]
    [InlineData("x/(1 + x)")]
    [InlineData("-x^2")]
    [InlineData("2*3*x")]
    [InlineData("x*-2")]
    public void ToString_ExpressionAsWritten_ParsesBackToTheSameTree(string text)
    {
        var expression = Expr.Parse(text);

        Assert.Equal(expression, Expr.Parse(expression.ToString()));
    }

    [Fact]
    public void ToString_DerivativeResults_ParseBackToEqualExpressions()
    {
        foreach (var text in new[] { "x^2*sin(x)", "x/(1 + x)", "sqrt(x)", "tan(x)", "x^x", "2^x" })
        {
            var derivative = Expr.Parse(text).Differentiate("x");
            Assert.Equal(derivative, Expr.Parse(derivative.ToString()).Simplify());
        }
    }

    [Theory]
    [InlineData(typeof(Expr))]
    [InlineData(typeof(Derivation))]
    [InlineData(typeof(DerivationStep))]
    [InlineData(typeof(ExpressionVector))]
    [InlineData(typeof(ExpressionMatrix))]
    public void DisplayTypes_AreTypesetWithTheMathFormatters(Type type)
    {
        Assert.True(typeof(ITypeset).IsAssignableFrom(type));
        var attribute = type.GetCustomAttribute<TypeFormatterSourceAttribute>();
        Assert.NotNull(attribute);
        Assert.Equal(typeof(MathFormatterSource), attribute.FormatterSourceType);
    }

    [Fact]
    public void MathFormatter_Expr_WritesDisplayMathAndPlainText()
    {
        var formatters = new MathFormatterSource().CreateTypeFormatters().Cast<MimeFormatter>().ToList();
        var expression = Expr.Parse("x^2");

        var latex = new StringWriter();
        var plain = new StringWriter();
        Assert.True(formatters[0].Format(expression, latex));
        Assert.True(formatters[1].Format(expression, plain));

        Assert.Equal("$$x^{2}$$", latex.ToString());
        Assert.Equal("x^2", plain.ToString());
    }
}
