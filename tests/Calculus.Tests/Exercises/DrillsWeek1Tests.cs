using Calculus.Exercises;
using Calculus.FiniteDifferences;
using Calculus.Symbolic;

namespace Calculus.Tests.Exercises;

/// <summary>Week 1's drills against derivatives worked out by hand and against central differences.</summary>
public sealed class DrillsWeek1Tests
{
    private static readonly Expr s_x = Expr.Variable("x");

    /// <summary>Relative agreement with central differences, whose error at the library's step is about ε^(2/3) ≈ 4e-11 times the scale of f.</summary>
    private const double CentralDifferenceTolerance = 1e-6;

    [Fact]
    public void ProductRule_XCubedSinX_ExpectsTheHandDerivativeAndCentralDifferences()
    {
        var question = Drills.ProductRule(Expr.Pow(s_x, 3), Expr.Sin(s_x));

        Assert.Null(question.Expected.Judge("3x^2 sin(x) + x^3 cos(x)", seed: 1)); // by hand: u′v + uv′
        Assert.NotNull(question.Expected.Judge("3x^2 cos(x)", seed: 1)); // the product of the derivatives
        AssertAgreesWithCentralDifferences(Expr.Pow(s_x, 3) * Expr.Sin(s_x), question);
    }

    [Fact]
    public void QuotientRule_XOverXSquaredPlusOne_ExpectsTheHandDerivativeAndCentralDifferences()
    {
        var question = Drills.QuotientRule(s_x, Expr.Pow(s_x, 2) + 1);

        Assert.Null(question.Expected.Judge("(1 - x^2)/(x^2 + 1)^2", seed: 1)); // by hand: ((x² + 1) − x·2x)/(x² + 1)²
        Assert.NotNull(question.Expected.Judge("(x^2 - 1)/(x^2 + 1)^2", seed: 1)); // the numerator's terms swapped
        AssertAgreesWithCentralDifferences(s_x / (Expr.Pow(s_x, 2) + 1), question);
    }

    [Fact]
    public void Toolbox_XSquaredTimesExpTwoX_ExpectsTheHandDerivative()
    {
        var f = Expr.Pow(s_x, 2) * Expr.Exp(2 * s_x);
        var question = Drills.Toolbox(f);

        Assert.Null(question.Expected.Judge("2x e^(2x) + 2x^2 e^(2x)", seed: 1)); // product rule, and the chain rule for e^(2x)
        AssertAgreesWithCentralDifferences(f, question);
    }

    [Fact]
    public void ToolboxFunction_EveryForm_NeedsTwoOfProductQuotientAndChain()
    {
        for (var form = 0; form < Drills.ToolboxForms; form++)
        {
            var f = Drills.ToolboxFunction(form, a: 3, n: 2);
            var rules = Derivative.Of(f, "x").Rules;

            var used = new[] { DerivativeRule.Product, DerivativeRule.Quotient, DerivativeRule.Chain }.Count(rules.Contains);

            Assert.True(used >= 2, $"form {form}, {f}: only {used} of the product, quotient and chain rules");
            AssertAgreesWithCentralDifferences(f, Drills.Toolbox(f));
        }
    }

    [Theory]
    [InlineData(new[] { 0, 1, 2 }, "A")]
    [InlineData(new[] { 2, 0, 1 }, "B")]
    [InlineData(new[] { 1, 2, 0 }, "C")]
    public void DerivativeGraph_Cubic_ExpectsTheGraphOfFPrime(int[] order, string letter)
    {
        var f = Expr.Pow(s_x, 3) - (3 * s_x); // f′ = 3x² − 3, −f′ = 3 − 3x², f″ = 6x

        var question = Drills.DerivativeGraph(f, order);

        Assert.Null(question.Expected.Judge(letter, seed: 1));
        var graph = Assert.IsType<Calculus.Charts.Scatter>(question.Figure!.Data[1 + (letter[0] - 'A')]);
        Assert.Equal(3 * (0.5 * 0.5) - 3, Interpolate(graph, 0.5), 2); // the panel drawn is f′ = 3x² − 3
        Assert.Equal(FiniteDifference.Derivative(f.CompileUnary(), 0.5), Interpolate(graph, 0.5), 2);
    }

    [Fact]
    public void DerivativeGraph_BadOrder_Throws()
    {
        Assert.Throws<ArgumentException>(() => Drills.DerivativeGraph(s_x * s_x, [0, 0, 1]));
    }

    [Fact]
    public void DerivativeGraph_Seeded_TheChartDrawsFAndTheExpectedGraphIsItsDerivative()
    {
        for (var seed = 1; seed <= 20; seed++)
        {
            var question = Drills.DerivativeGraph(new Random(seed));
            var letter = question.Expected.Shown[0];
            var data = question.Figure!.Data.Cast<Calculus.Charts.Scatter>().ToArray();
            var (f, answer) = (data[0], data[1 + (letter - 'A')]);

            // The chosen graph is the slope of the drawn f, by central differences of its samples.
            for (var i = 20; i < f.X.Length - 20; i += 30)
            {
                var slope = (f.Y[i + 1] - f.Y[i - 1]) / (f.X[i + 1] - f.X[i - 1]);
                Assert.Equal(slope, answer.Y[i], 1);
            }
        }
    }

    [Theory]
    [InlineData(4, -0.5, "-2x^(-1.5)", "2x^(-1.5)")] // by hand: 4·(−½)·x^(−3/2)
    [InlineData(3, -2, "-6/x^3", "-6/x")] // 3·(−2)·x⁻³
    [InlineData(2, 1.5, "3 sqrt(x)", "3x^1.5")] // 2·(3/2)·x^(1/2)
    public void RealPower_HandExamples_AcceptTheHandDerivativeOnly(int a, double n, string right, string wrong)
    {
        var question = Drills.RealPower(a, n);

        Assert.Null(question.Expected.Judge(right, seed: 1));
        Assert.NotNull(question.Expected.Judge(wrong, seed: 1));
    }

    [Theory]
    [InlineData(-3)]
    [InlineData(-1)]
    [InlineData(-0.5)]
    [InlineData(0.5)]
    [InlineData(2.5)]
    public void RealPower_EachPower_AgreesWithCentralDifferencesForPositiveX(double n)
    {
        var expected = Expr.Parse(Drills.RealPower(5, n).Expected.Shown);

        foreach (var x in new[] { 0.3, 1.1, 2.6 })
        {
            var numeric = FiniteDifference.Derivative(t => 5 * Math.Pow(t, n), x);
            Assert.True(Math.Abs(expected.Evaluate(x) - numeric) <= CentralDifferenceTolerance * Math.Max(1, Math.Abs(numeric)), $"n = {n}, x = {x}: {expected.Evaluate(x)} against {numeric}");
        }
    }

    [Fact]
    public void ProductAndQuotientRule_WorkedSolutions_ShowTheFactorsAndTheirDerivatives()
    {
        var product = Drills.ProductRule(Expr.Pow(s_x, 3), Expr.Sin(s_x));
        var quotient = Drills.QuotientRule(Expr.Sin(s_x), Expr.Pow(s_x, 2) + 1);

        Assert.Contains("u' = 3 x^{2}", product.Solution);
        Assert.Contains("v' = \\cos", product.Solution);
        Assert.Contains("u'v + uv'", product.Solution);
        Assert.Contains("v' = 2 x", quotient.Solution);
        Assert.Contains("\\dfrac{u'v - uv'}{v^2}", quotient.Solution);
    }

    private static double Interpolate(Calculus.Charts.Scatter graph, double x)
    {
        var i = Array.FindIndex(graph.X, v => v >= x);
        var t = (x - graph.X[i - 1]) / (graph.X[i] - graph.X[i - 1]);
        return graph.Y[i - 1] + (t * (graph.Y[i] - graph.Y[i - 1]));
    }

    private static void AssertAgreesWithCentralDifferences(Expr f, DrillQuestion question)
    {
        var expected = Expr.Parse(question.Expected.Shown);
        foreach (var x in new[] { -1.3, -0.2, 0.4, 1.7 })
        {
            var numeric = FiniteDifference.Derivative(f.CompileUnary(), x);
            Assert.True(Math.Abs(expected.Evaluate(x) - numeric) <= CentralDifferenceTolerance * Math.Max(1, Math.Abs(numeric)), $"{question.Expected.Shown} at x = {x}: {expected.Evaluate(x)}, central differences {numeric}");
        }
    }
}
