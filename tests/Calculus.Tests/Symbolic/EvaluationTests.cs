using Calculus.Symbolic;

namespace Calculus.Tests.Symbolic;

public sealed class EvaluationTests
{
    /// <summary>
    /// Compile() and Evaluate() carry out the same double operations in the same order, so they should agree exactly;
    /// a relative 1e-15 (about five units in the last place) allows for any contraction the JIT might do.
    /// </summary>
    private const double SameComputationTolerance = 1e-15;

    /// <summary>
    /// Evaluate against the same formula written in C#, exp(2)/2: Evaluate computes exp(2)·2⁻¹, and 2⁻¹ = 0.5 is
    /// exact, so they agree to the last bit; 1e-14 (about twenty units in the last place of 3.7) is a margin in case
    /// Evaluate's order of operations changes.
    /// </summary>
    private const double SameFormulaTolerance = 1e-14;

    [Fact]
    public void Evaluate_Dictionary_UsesEachVariablesValue()
    {
        var f = Expr.Parse("x^2*y + 3");

        var value = f.Evaluate(new Dictionary<string, double> { ["x"] = 2, ["y"] = 5 });

        Assert.Equal(23, value);
    }

    [Fact]
    public void Evaluate_Pairs_UsesEachVariablesValue()
    {
        Assert.Equal(Math.Sin(1) + 2, Expr.Parse("sin(x) + y").Evaluate(("x", 1.0), ("y", 2.0)));
    }

    [Fact]
    public void Evaluate_SingleDouble_OneVariable()
    {
        Assert.Equal(Math.Exp(2) / 2, Expr.Parse("exp(t)/t").Evaluate(2.0), SameFormulaTolerance);
        Assert.Equal(5, Expr.Parse("2 + 3").Evaluate(99.0));
    }

    [Fact]
    public void Evaluate_MissingVariable_ThrowsNamingItAndListingTheVariables()
    {
        var f = Expr.Parse("x*y + z");

        var error = Assert.Throws<ArgumentException>(() => f.Evaluate(("x", 1.0), ("z", 2.0)));

        Assert.Contains("'y'", error.Message);
        Assert.Contains("x, y, z", error.Message);
    }

    [Fact]
    public void Evaluate_UnknownNameOnly_ThrowsNamingTheMissingVariable()
    {
        var error = Assert.Throws<ArgumentException>(() => Expr.Parse("x^2").Evaluate(("X", 1.0)));

        Assert.Contains("'x'", error.Message);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Evaluate_NotFiniteValue_ThrowsNamingTheVariable(double value)
    {
        var f = Expr.Parse("x*y + 1");

        var pairs = Assert.Throws<ArgumentException>(() => f.Evaluate(("x", 1.0), ("y", value)));
        var dictionary = Assert.Throws<ArgumentException>(
            () => f.Evaluate(new Dictionary<string, double> { ["x"] = value, ["y"] = 1 }));
        var single = Assert.Throws<ArgumentException>(() => Expr.Parse("sin(t)").Evaluate(value));

        Assert.Contains("'y'", pairs.Message);
        Assert.Contains("'x'", dictionary.Message);
        Assert.Contains("'t'", single.Message);
        Assert.Contains(value.ToString(System.Globalization.CultureInfo.InvariantCulture), single.Message);
    }

    [Fact]
    public void Evaluate_NotFiniteValueForANameNotInTheExpression_IsIgnored()
    {
        Assert.Equal(2, Expr.Parse("2*x").Evaluate(("x", 1.0), ("y", double.NaN)));
        Assert.Equal(5, Expr.Parse("2 + 3").Evaluate(double.NaN));
    }

    [Fact]
    public void ExpressionVector_Evaluate_NotFiniteValue_ThrowsNamingTheVariable()
    {
        var gradient = SymbolicCalculus.Gradient(Expr.Parse("x^2 + y^2"), "x", "y");

        var error = Assert.Throws<ArgumentException>(() => gradient.Evaluate(("x", double.NaN), ("y", 1.0)));

        Assert.Contains("'x'", error.Message);
    }

    [Fact]
    public void Evaluate_ExtraNames_AreIgnored()
    {
        // So that every component of a gradient can be evaluated at the same point.
        Assert.Equal(4, Expr.Parse("2*x").Evaluate(("x", 2.0), ("y", 7.0)));
    }

    [Fact]
    public void Evaluate_NameGivenTwice_Throws()
    {
        Assert.Throws<ArgumentException>(() => Expr.Parse("x").Evaluate(("x", 1.0), ("x", 2.0)));
    }

    [Fact]
    public void Evaluate_SingleDoubleWithTwoVariables_ThrowsListingThem()
    {
        var error = Assert.Throws<ArgumentException>(() => Expr.Parse("x*y").Evaluate(1.0));

        Assert.Contains("x, y", error.Message);
    }

    [Fact]
    public void Evaluate_OutsideTheDomain_IsNaN()
    {
        Assert.True(double.IsNaN(Expr.Parse("ln(x)").Evaluate(-1.0)));
    }

    [Theory]
    [InlineData("x^2*sin(x) + 2*x")]
    [InlineData("(1 - x)^2 + 100*(y - x^2)^2")]
    [InlineData("exp(-x^2/2)/sqrt(2*pi) + ln(1 + y^2)")]
    [InlineData("tan(x*y)/(1 + cos(x)) - 3^x")]
    [InlineData("x^y + sqrt(x*x + y*y)")]
    public void Compile_AgreesWithEvaluate(string text)
    {
        var f = Expr.Parse(text);
        var compiled = f.Compile("x", "y");
        var random = new Random(20240601);

        for (var i = 0; i < 50; i++)
        {
            var x = random.NextDouble() * 2 + 0.1;
            var y = random.NextDouble() * 4 - 2;
            var expected = f.Evaluate(new Dictionary<string, double> { ["x"] = x, ["y"] = y });
            var actual = compiled(new[] { x, y });
            Assert.True(
                Math.Abs(actual - expected) <= SameComputationTolerance * Math.Abs(expected),
                $"{f} at ({x}, {y}): compiled {actual}, evaluated {expected}.");
        }
    }

    [Fact]
    public void Compile_OrderGiven_IsTheOrderOfTheArguments()
    {
        var f = Expr.Parse("x - y");

        Assert.Equal(-1, f.Compile("x", "y")(new[] { 1.0, 2.0 }));
        Assert.Equal(1, f.Compile("y", "x")(new[] { 1.0, 2.0 }));
        Assert.Equal(-1, f.Compile()(new[] { 1.0, 2.0 }));
    }

    [Fact]
    public void Compile_WrongNumberOfValues_ThrowsSayingHowMany()
    {
        var compiled = Expr.Parse("x*y").Compile("x", "y");

        var error = Assert.Throws<ArgumentException>(() => compiled(new[] { 1.0 }));

        Assert.Contains("takes 2 value(s), for x, y, but was given 1", error.Message);
        Assert.Throws<ArgumentNullException>(() => compiled(null!));
    }

    [Fact]
    public void Compile_VariableMissingFromTheOrder_ThrowsNamingIt()
    {
        var error = Assert.Throws<ArgumentException>(() => Expr.Parse("x*y").Compile("x"));

        Assert.Contains("'y'", error.Message);
    }

    [Fact]
    public void Compile_NameListedTwice_Throws()
    {
        Assert.Throws<ArgumentException>(() => Expr.Parse("x").Compile("x", "x"));
    }

    [Fact]
    public void CompileUnary_OneVariable_IsTheFunction()
    {
        var f = Expr.Parse("x^3 - 2*x").CompileUnary();

        Assert.Equal(4, f(2));
        Assert.Equal(3, Expr.Parse("1 + 2").CompileUnary()(10));
    }

    [Theory]
    [InlineData("x^2*sin(x) + 2*x")]
    [InlineData("exp(-x^2/2)/sqrt(2*pi)")]
    [InlineData("tan(x)/(1 + cos(x)) - 3^x + x^x")]
    public void CompileUnary_AgreesWithEvaluate(string text)
    {
        var f = Expr.Parse(text);
        var compiled = f.CompileUnary();

        foreach (var x in new[] { 0.1, 0.5, 1.0, 1.7, 2.9 })
        {
            var expected = f.Evaluate(x);
            Assert.True(
                Math.Abs(compiled(x) - expected) <= SameComputationTolerance * Math.Abs(expected),
                $"{f} at {x}: compiled {compiled(x)}, evaluated {expected}.");
        }
    }

    [Fact]
    public void CompileUnary_TwoVariables_ThrowsSuggestingCompile()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Expr.Parse("x*y").CompileUnary());

        Assert.Contains("Compile(\"x\", \"y\")", error.Message);
    }
}
