using Calculus.Symbolic;

namespace Calculus.Tests.Symbolic;

public sealed class ExpressionParserTests
{
    /// <summary>
    /// The constants below are at most 150 and reached by one to three double operations (e² as Math.Pow(e, 2) against
    /// Math.E·Math.E), each rounding by at most 1.1e-16 relative: under 1e-13 apart; 1e-12 leaves a margin of ten.
    /// </summary>
    private const double FewOperationsTolerance = 1e-12;

    private static readonly Expr X = Expr.Variable("x");
    private static readonly Expr Y = Expr.Variable("y");

    [Fact]
    public void Parse_ProductAndFunction_BuildsTheSameTreeAsTheOperators()
    {
        Assert.Equal(Expr.Pow(X, 2) * Expr.Sin(X), Expr.Parse("x^2 * sin(x)"));
    }

    [Fact]
    public void Parse_Precedence_MultiplicationBeforeAddition()
    {
        Assert.Equal(1 + 2 * X, Expr.Parse("1 + 2*x"));
        Assert.Equal(X / Y - 1, Expr.Parse("x/y - 1"));
    }

    [Fact]
    public void Parse_Power_IsRightAssociative()
    {
        Assert.Equal(Expr.Pow(2, Expr.Pow(3, 2)), Expr.Parse("2^3^2"));
        Assert.Equal(512, Expr.Parse("2^3^2").Evaluate());
    }

    [Fact]
    public void Parse_UnaryMinus_BindsLooserThanPower()
    {
        Assert.Equal(-Expr.Pow(X, 2), Expr.Parse("-x^2"));
        Assert.Equal(-9, Expr.Parse("-x^2").Evaluate(3));
        Assert.Equal(Expr.Pow(X, -2), Expr.Parse("x^-2"));
    }

    [Theory]
    [InlineData("3", 3)]
    [InlineData("0.25", 0.25)]
    [InlineData(".5", 0.5)]
    [InlineData("2e-3", 0.002)]
    [InlineData("1.5E+2", 150)]
    [InlineData("pi", Math.PI)]
    [InlineData("e", Math.E)]
    [InlineData("e^2", Math.E * Math.E)]
    [InlineData("2*(3 + 4)", 14)]
    [InlineData("  7 -  2 - 1 ", 4)]
    [InlineData("12/3/2", 2)]
    [InlineData("-(-3)", 3)]
    [InlineData("+4", 4)]
    public void Parse_ConstantExpression_HasTheRightValue(string text, double expected)
    {
        Assert.Equal(expected, Expr.Parse(text).Evaluate(), FewOperationsTolerance);
    }

    [Theory]
    [InlineData("exp(x)", ElementaryFunction.Exp)]
    [InlineData("log(x)", ElementaryFunction.Log)]
    [InlineData("ln(x)", ElementaryFunction.Log)]
    [InlineData("sin(x)", ElementaryFunction.Sin)]
    [InlineData("cos(x)", ElementaryFunction.Cos)]
    [InlineData("tan(x)", ElementaryFunction.Tan)]
    [InlineData("sqrt(x)", ElementaryFunction.Sqrt)]
    public void Parse_FunctionName_GivesThatFunction(string text, ElementaryFunction function)
    {
        var call = Assert.IsType<FunctionCall>(Expr.Parse(text));

        Assert.Equal(function, call.Function);
        Assert.Equal(X, call.Argument);
    }

    [Fact]
    public void Parse_LongVariableNames_AreVariables()
    {
        Assert.Equal(new[] { "rate", "theta_1", "x2" }, Expr.Parse("rate * theta_1 + x2").Variables);
    }

    [Fact]
    public void Parse_Null_ThrowsArgumentNull()
    {
        Assert.Throws<ArgumentNullException>(() => Expr.Parse(null!));
    }

    [Theory]
    [InlineData("(x + 1", 6)]
    [InlineData("sin(x", 5)]
    [InlineData("((x)", 4)]
    public void Parse_MissingClosingParenthesis_ReportsPosition(string text, int position)
    {
        var error = Assert.Throws<ExpressionParseException>(() => Expr.Parse(text));

        Assert.Equal(position, error.Position);
        Assert.Equal(text, error.Input);
        Assert.Contains("Expected ')'", error.Message);
    }

    [Fact]
    public void Parse_UnknownFunction_ReportsPositionOfItsName()
    {
        var error = Assert.Throws<ExpressionParseException>(() => Expr.Parse("2 * foo(x)"));

        Assert.Equal(4, error.Position);
        Assert.Contains("Unknown function 'foo'", error.Message);
    }

    [Theory]
    [InlineData("x +", 3)]
    [InlineData("", 0)]
    [InlineData("x^", 2)]
    [InlineData("3 + * 4", 4)]
    [InlineData("x $ 2", 2)]
    [InlineData("x)", 1)]
    [InlineData("2x", 1)]
    [InlineData("x y", 2)]
    [InlineData("sin x", 4)]
    [InlineData("1.5.2", 3)]
    [InlineData("1e999", 0)]
    public void Parse_SyntaxError_ReportsPosition(string text, int position)
    {
        var error = Assert.Throws<ExpressionParseException>(() => Expr.Parse(text));

        Assert.Equal(position, error.Position);
    }

    [Fact]
    public void Parse_ImplicitMultiplication_ExplainsThatItMustBeWrittenOut()
    {
        var error = Assert.Throws<ExpressionParseException>(() => Expr.Parse("2x"));

        Assert.Contains("multiplication must be written out", error.Message);
    }

    [Theory]
    [InlineData("1.2.3", 3)]
    [InlineData("x + .5.", 6)]
    [InlineData("2..5", 2)]
    public void Parse_SecondDecimalPoint_SaysSo(string text, int position)
    {
        var error = Assert.Throws<ExpressionParseException>(() => Expr.Parse(text));

        Assert.Equal(position, error.Position);
        Assert.Contains("second decimal point", error.Reason);
        Assert.DoesNotContain("multiplication", error.Reason);
    }

    [Theory]
    [InlineData("1e+", 3, "the input ended")]
    [InlineData("2.5E-", 5, "the input ended")]
    [InlineData("3e+x", 3, "found 'x'")]
    public void Parse_ExponentWithoutDigits_SaysTheExponentIsIncomplete(string text, int position, string found)
    {
        var error = Assert.Throws<ExpressionParseException>(() => Expr.Parse(text));

        Assert.Equal(position, error.Position);
        Assert.Contains("exponent", error.Reason);
        Assert.Contains("incomplete", error.Reason);
        Assert.Contains(found, error.Reason);
        Assert.DoesNotContain("multiplication", error.Reason);
    }

    [Fact]
    public void Parse_DecimalPointInTheExponent_SaysTheExponentIsWhole()
    {
        var error = Assert.Throws<ExpressionParseException>(() => Expr.Parse("1e5.2"));

        Assert.Equal(3, error.Position);
        Assert.Contains("whole number", error.Reason);
    }

    [Fact]
    public void Parse_StrayDecimalPoint_HasNoMultiplicationHint()
    {
        var error = Assert.Throws<ExpressionParseException>(() => Expr.Parse("x.y"));

        Assert.Equal(1, error.Position);
        Assert.Contains("found '.'", error.Reason);
        Assert.DoesNotContain("multiplication", error.Reason);
    }

    [Theory]
    [InlineData("2*e-1", Math.E * 2 - 1)]
    [InlineData("1e2", 100)]
    [InlineData("1.e2", 100)]
    public void Parse_LetterEAfterANumber_IsAnExponentWhenDigitsFollow(string text, double expected)
    {
        Assert.Equal(expected, Expr.Parse(text).Evaluate());
    }

    [Fact]
    public void Parse_LetterEAloneAfterANumber_IsTheConstantNeedingAStar()
    {
        var error = Assert.Throws<ExpressionParseException>(() => Expr.Parse("2e"));

        Assert.Equal(1, error.Position);
        Assert.Contains("multiplication must be written out", error.Reason);
    }

    [Theory]
    [InlineData("θ + 1", 0, "theta")]
    [InlineData("2*λ", 2, "lambda")]
    [InlineData("xμ", 1, "mu")]
    public void Parse_GreekLetter_SuggestsWritingItsName(string text, int position, string spelled)
    {
        var error = Assert.Throws<ExpressionParseException>(() => Expr.Parse(text));

        Assert.Equal(position, error.Position);
        Assert.Contains($"write {spelled}", error.Reason);
    }

    [Fact]
    public void Parse_SyntaxError_MessageShowsTheInputWithACaretUnderThePosition()
    {
        var error = Assert.Throws<ExpressionParseException>(() => Expr.Parse("x + * 2"));

        var lines = error.Message.Split(Environment.NewLine);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("Expected a number, a variable, a function or '('", lines[0]);
        Assert.Contains("found '*'", lines[0]);
        Assert.Equal("  x + * 2", lines[1]);
        Assert.Equal("      ^", lines[2]);
        Assert.Equal("Expected a number, a variable, a function or '(', but found '*'", error.Reason);
    }

    [Fact]
    public void ParseException_IsAFormatException()
    {
        Assert.Throws<ExpressionParseException>(() => Expr.Parse("("));
        Assert.IsAssignableFrom<FormatException>(new ExpressionParseException("(", 1, "Expected an expression"));
    }
}
