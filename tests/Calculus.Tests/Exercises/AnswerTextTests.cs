using Calculus.Exercises;
using Calculus.Symbolic;

namespace Calculus.Tests.Exercises;

public sealed class AnswerTextTests
{
    private static readonly string[] s_x = ["x"];
    private static readonly string[] s_xy = ["x", "y"];

    [Theory]
    [InlineData("2x cos(x²)", "2*x*cos(x^2)")]
    [InlineData("cos(x^2)*x*2", "cos(x^2)*x*2")]
    [InlineData("3x⁴ − 2x", "3*x^4-2*x")]
    [InlineData("x(x+1)", "x*(x+1)")]
    [InlineData("(x+1)(x−1)", "(x+1)*(x-1)")]
    [InlineData("2 sin(x) cos(x)", "2*sin(x)*cos(x)")]
    [InlineData("1.5e-3x", "1.5e-3*x")]
    [InlineData("x·x × 2 ÷ 4", "x*x*2/4")]
    [InlineData("2πx", "2*pi*x")]
    [InlineData("x¹²", "x^12")]
    public void Normalise_ForgivingNotation_WritesTheStrictSyntax(string text, string strict)
    {
        Assert.Equal(strict, AnswerText.Normalise(text, s_x));
    }

    [Fact]
    public void Normalise_RunOfQuestionVariables_MultipliesThem()
    {
        Assert.Equal("2*x*y", AnswerText.Normalise("2xy", s_xy));
        Assert.Equal("2*xy", AnswerText.Normalise("2xy", s_x)); // y is not a variable: xy stays one name
    }

    [Fact]
    public void Parse_ForgivingAndStrictForms_GiveTheSameValue()
    {
        var forgiving = AnswerText.Parse("2x cos(x²)", s_x);
        var strict = Expr.Parse("2*x*cos(x^2)");

        Assert.Equal(strict.Evaluate(0.7), forgiving.Evaluate(0.7), 15);
    }

    [Fact]
    public void Parse_Nonsense_ThrowsParseError()
    {
        Assert.Throws<ExpressionParseException>(() => AnswerText.Parse("2x +* cos(", s_x));
    }
}
