using Calculus.Symbolic;

namespace Calculus.Tests.Symbolic;

public sealed class ExprTests
{
    [Fact]
    public void Variable_ValidName_IsASymbolWithThatName()
    {
        var x = Expr.Variable("theta_1");

        var symbol = Assert.IsType<Symbol>(x);
        Assert.Equal("theta_1", symbol.Name);
        Assert.Equal(new[] { "theta_1" }, x.Variables);
    }

    [Theory]
    [InlineData("")]
    [InlineData("2x")]
    [InlineData("x y")]
    [InlineData("x-1")]
    public void Variable_NotAnIdentifier_Throws(string name)
    {
        Assert.Throws<ArgumentException>(() => Expr.Variable(name));
    }

    [Theory]
    [InlineData("sin")]
    [InlineData("ln")]
    [InlineData("pi")]
    [InlineData("e")]
    public void Variable_ReservedName_ThrowsSayingItIsReserved(string name)
    {
        var error = Assert.Throws<ArgumentException>(() => Expr.Variable(name));

        Assert.Contains("reserved", error.Message);
    }

    [Theory]
    [InlineData("θ", "theta")]
    [InlineData("λ1", "lambda")]
    [InlineData("wσ", "sigma")]
    public void Variable_GreekLetter_ThrowsSuggestingItsName(string name, string spelled)
    {
        var error = Assert.Throws<ArgumentException>(() => Expr.Variable(name));

        Assert.Contains($"write {spelled}", error.Message);
    }

    [Fact]
    public void Variable_OtherNonAsciiLetter_ThrowsSayingNamesAreAscii()
    {
        var error = Assert.Throws<ArgumentException>(() => Expr.Variable("é"));

        Assert.Contains("ASCII", error.Message);
    }

    [Fact]
    public void Variable_GreekLetterSpelledOut_IsShownAsTheLetterInLatex()
    {
        Assert.Equal(@"\theta", Expr.Variable("theta").ToLatex());
    }

    [Fact]
    public void Variable_Null_ThrowsArgumentNull()
    {
        Assert.Throws<ArgumentNullException>(() => Expr.Variable(null!));
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Constant_NotFinite_Throws(double value)
    {
        Assert.Throws<ArgumentException>(() => Expr.Constant(value));
        Assert.Throws<ArgumentException>(() => Expr.Variable("x") + value);
    }

    [Fact]
    public void ImplicitConversion_FromDouble_IsTheConstant()
    {
        Expr two = 2.0;

        Assert.Equal(Expr.Constant(2), two);
        Assert.Equal(2.0, Assert.IsType<Number>(two).Value);
    }

    [Fact]
    public void Equals_SameTreeBuiltTwice_AreEqualWithEqualHashes()
    {
        var x = Expr.Variable("x");
        var a = 3 * Expr.Pow(x, 2) + Expr.Sin(x);
        var b = 3 * Expr.Pow(Expr.Variable("x"), 2) + Expr.Sin(Expr.Variable("x"));

        Assert.True(a == b);
        Assert.False(a != b);
        Assert.True(a.Equals((object)b));
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void Equals_TermsInAnotherOrder_DifferUntilSimplified()
    {
        var x = Expr.Variable("x");
        var a = x + 1;
        var b = 1 + x;

        Assert.NotEqual(a, b);
        Assert.Equal(a.Simplify(), b.Simplify());
    }

    [Fact]
    public void Subtraction_IsStoredAsASumWithANegatedTerm()
    {
        var x = Expr.Variable("x");
        var y = Expr.Variable("y");

        var difference = Assert.IsType<Sum>(x - 3 * y);

        Assert.Equal(x, difference.Terms[0]);
        var term = Assert.IsType<Product>(difference.Terms[1]);
        Assert.Equal(Expr.Constant(-3), term.Factors[0]);
        Assert.Equal(y, term.Factors[1]);
    }

    [Fact]
    public void Division_IsStoredAsAProductWithANegativePower()
    {
        var x = Expr.Variable("x");

        var quotient = Assert.IsType<Product>(x / (1 + x));

        var denominator = Assert.IsType<Power>(quotient.Factors[1]);
        Assert.Equal(1 + x, denominator.Base);
        Assert.Equal(Expr.Constant(-1), denominator.Exponent);
    }

    [Fact]
    public void Operators_NestedSumsAndProducts_AreSpreadOut()
    {
        var x = Expr.Variable("x");
        var y = Expr.Variable("y");
        var z = Expr.Variable("z");

        Assert.Equal(3, Assert.IsType<Sum>(x + y + z).Terms.Count);
        Assert.Equal(3, Assert.IsType<Sum>(x + (y + z)).Terms.Count);
        Assert.Equal(3, Assert.IsType<Product>(x * (y * z)).Factors.Count);
    }

    [Fact]
    public void Negation_OfNegation_GivesTheExpressionBack()
    {
        var x = Expr.Variable("x");

        Assert.Equal(x, -(-x));
        Assert.Equal(Expr.Constant(-2), -Expr.Constant(2));
    }

    [Fact]
    public void Variables_SeveralUses_AreSortedAndDistinct()
    {
        var expression = Expr.Parse("y*sin(x) + x^2*z + exp(y) + pi");

        Assert.Equal(new[] { "x", "y", "z" }, expression.Variables);
        Assert.Empty(Expr.Parse("2*pi + e").Variables);
    }

    [Fact]
    public void NamedConstants_PiAndE_KeepTheirNamesAndValues()
    {
        Assert.Equal(Math.PI, Assert.IsType<NamedConstant>(Expr.Pi).Value);
        Assert.Equal(Math.E, Expr.E.Evaluate());
        Assert.Equal("2*pi", (2 * Expr.Pi).ToString());
    }
}
