using Calculus.Exercises;
using Calculus.Symbolic;
using Calculus.Taylor;
using static Calculus.Elementary;

namespace Calculus.Tests.Exercises;

/// <summary>
/// Week 4's drills (Maclaurin coefficients, series about a ≠ 0, radii, linearisation, the second-order 2-D
/// approximation, polynomials matched to graphs): each expected answer against a value worked out by hand and, where
/// there is one, an independent method (power-series arithmetic, hyper-dual numbers).
/// </summary>
public sealed class DrillsWeek4Tests
{
    private static readonly Expr s_x = Expr.Variable("x");
    private static readonly Expr s_y = Expr.Variable("y");

    [Fact]
    public void MaclaurinCoefficient_ExpTwoX_ExpectsEightOverSix()
    {
        var question = Drills.MaclaurinCoefficient(Expr.Exp(2 * s_x), 3);

        // By hand: f‴(x) = 8e^(2x), f‴(0) = 8, c₃ = 8/3! = 4/3.
        Assert.Null(question.Expected.Judge(4.0 / 3, seed: 1));
        Assert.NotNull(question.Expected.Judge(1.0 / 6, seed: 1));
        var byPowerSeries = TaylorPolynomial.Maclaurin(x => Exp(2.0 * x), 3).Coefficients[3];
        Assert.Null(question.Expected.Judge(byPowerSeries, seed: 1));
    }

    [Theory]
    [InlineData("sin(3*x)", 3, -4.5)]      // −27/3!
    [InlineData("cos(2*x)", 4, 2.0 / 3)]   // 16/4!
    [InlineData("log(1 + 2*x)", 2, -2.0)]  // −2²/2
    [InlineData("1/(1 - 3*x)", 2, 9.0)]    // 3²
    public void MaclaurinCoefficient_KnownSeries_ExpectsTheHandCoefficient(string f, int k, double byHand)
    {
        var question = Drills.MaclaurinCoefficient(Expr.Parse(f), k);

        Assert.Null(question.Expected.Judge(byHand, seed: 1));
        Assert.NotNull(question.Expected.Judge(byHand + 0.5, seed: 1));
    }

    [Fact]
    public void SeriesAboutPoint_RootAboutFour_ExpectsTheHandPolynomial()
    {
        var question = Drills.SeriesAboutPoint(Expr.Parse("sqrt(x)"), 4);

        // By hand: f(4) = 2, f′(4) = 1/4, f″(4) = −1/32, so c₂ = −1/64.
        Assert.Null(question.Expected.Judge("2 + (x - 4)/4 - (x - 4)^2/64", seed: 1));
        Assert.NotNull(question.Expected.Judge("2 + (x - 4)/4", seed: 1));
        Assert.NotNull(question.Expected.Judge("2 + (x - 4)/4 - (x - 4)^2/32", seed: 1));
    }

    [Fact]
    public void SeriesAboutPoint_ReciprocalAboutTwo_AgreesWithPowerSeriesArithmetic()
    {
        var question = Drills.SeriesAboutPoint(Expr.Parse("1/x"), 2);

        // By hand: 1/2 − (x − 2)/4 + (x − 2)²/8.
        Assert.Null(question.Expected.Judge("1/2 - (x - 2)/4 + (x - 2)^2/8", seed: 1));
        var byPowerSeries = TaylorPolynomial.Of(x => 1.0 / x, 2, 2);
        Assert.Null(question.Expected.Judge(byPowerSeries.ToExpr(), seed: 1));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void RadiusOfConvergence_EveryForm_ExpectsC(int form)
    {
        var question = Drills.RadiusOfConvergence(form, 3);

        Assert.Null(question.Expected.Judge(3.0, seed: 1));
        Assert.NotNull(question.Expected.Judge(1.0, seed: 1));
        Assert.NotNull(question.Expected.Judge(1.0 / 3, seed: 1));
    }

    [Fact]
    public void RadiusCoefficients_LogForm_AreTheHandCoefficients()
    {
        // ln(1 + x/2) = x/2 − x²/8 + x³/24 − …
        var coefficients = Drills.RadiusCoefficients(2, 2, 3);

        Assert.Equal([0, 0.5, -0.125, 1.0 / 24], coefficients, (a, b) => Math.Abs(a - b) < 1e-15);
    }

    [Fact]
    public void LinearisationEstimate_RootOfFourPointOne_ExpectsTwoPointZeroTwoFive()
    {
        var question = Drills.LinearisationEstimate(Expr.Parse("sqrt(x)"), 4, 0.1);

        // By hand: L(4.1) = 2 + (1/4)(0.1) = 2.025; the true √4.1 = 2.0248… is not the linear estimate.
        Assert.Null(question.Expected.Judge(2.025, seed: 1));
        Assert.NotNull(question.Expected.Judge(Math.Sqrt(4.1), seed: 1));
    }

    [Fact]
    public void LinearisationEstimate_Reciprocal_AgreesWithACentralDifferenceSlope()
    {
        var question = Drills.LinearisationEstimate(Expr.Parse("1/x"), 2, 0.2);

        // By hand: 1/2 − (1/4)(0.2) = 0.45.
        Assert.Null(question.Expected.Judge(0.45, seed: 1));
        const double h = 1e-5;
        var slope = ((1 / (2 + h)) - (1 / (2 - h))) / (2 * h);
        Assert.Null(question.Expected.Judge(0.5 + (slope * 0.2), seed: 1));
    }

    [Fact]
    public void SecondOrderApproximation_XSquaredY_ExpectsTheHandValue()
    {
        var question = Drills.SecondOrderApproximation(Expr.Pow(s_x, 2) * s_y, [1, 2], [0.1, 0.2]);

        // By hand: f = 2, ∇f = (2xy, x²) = (4, 1), H = [[2y, 2x], [2x, 0]] = [[4, 2], [2, 0]];
        // 2 + (0.4 + 0.2) + ½(4·0.01 + 2·2·0.02) = 2.66 (the true value 1.1²·2.2 = 2.662).
        Assert.Null(question.Expected.Judge(2.66, seed: 1));
        Assert.NotNull(question.Expected.Judge(2.6, seed: 1));
        Assert.NotNull(question.Expected.Judge(2.662, seed: 1));
        var byHyperDuals = TaylorApproximation.About(p => p[0] * p[0] * p[1], [1, 2]).SecondOrder([1.1, 2.2]);
        Assert.Null(question.Expected.Judge(byHyperDuals, seed: 1));
    }

    [Fact]
    public void SecondOrderApproximation_CubicTerms_AgreesWithHyperDuals()
    {
        var f = (2 * Expr.Pow(s_x, 2) * s_y) - (s_x * Expr.Pow(s_y, 2)) + Expr.Pow(s_y, 3);
        var question = Drills.SecondOrderApproximation(f, [2, 1], [-0.1, 0.3]);

        var byHyperDuals = TaylorApproximation.About(p => (2.0 * p[0] * p[0] * p[1]) - (p[0] * p[1] * p[1]) + (p[1] * p[1] * p[1]), [2, 1]).SecondOrder([1.9, 1.3]);
        Assert.Null(question.Expected.Judge(byHyperDuals, seed: 1));
    }

    [Fact]
    public void TaylorOrderGraph_ExpWithP1Second_ExpectsBAndDrawsFourPanels()
    {
        // Graph A is P₃, B is P₁, C is P₂ for eˣ; the question asks for P₁.
        var question = Drills.TaylorOrderGraph(0, [2, 0, 1], 0);

        Assert.Null(question.Expected.Judge("B", seed: 1));
        Assert.NotNull(question.Expected.Judge("A", seed: 1));
        Assert.NotNull(question.Figure);
        Assert.Equal(4, question.Figure!.Data.Count);
    }

    [Fact]
    public void TaylorOrderGraph_BadOrder_Throws()
    {
        Assert.Throws<ArgumentException>(() => Drills.TaylorOrderGraph(0, [0, 0, 1], 0));
    }

    [Fact]
    public void SeriesAboutPoint_NegativeCentre_WritesXPlus()
    {
        var question = Drills.SeriesAboutPoint(Calculus.Symbolic.Expr.Parse("exp(x)"), -1);

        Assert.Contains("(x + 1)", question.Question);
        Assert.DoesNotContain("- -", question.Question);
    }
}
