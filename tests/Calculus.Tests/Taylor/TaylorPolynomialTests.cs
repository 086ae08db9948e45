using Calculus.Display;
using Calculus.Symbolic;
using Calculus.Taylor;
using static Calculus.Elementary;

namespace Calculus.Tests.Taylor;

public sealed class TaylorPolynomialTests
{
    // Both routes are exact up to rounding: a few ulps of coefficients no larger than 1, so 1e-12 is a safe bound.
    private const double Exact = 1e-12;

    // Coefficients of a mixed function reach 10 or so; the symbolic route's larger expressions round a little more, so
    // 1e-12 of the largest coefficient bounds the difference.
    private const double RelativeExact = 1e-12;

    // The order of the hand-worked Maclaurin polynomials: enough to see each series' pattern.
    private const int HandWorkedOrder = 5;

    [Theory]
    [InlineData("exp")]
    [InlineData("sin")]
    [InlineData("cos")]
    [InlineData("ln(1+x)")]
    [InlineData("1/(1-x)")]
    public void Coefficients_ClassicSeries_AreTheHandWorkedOnesByEveryRoute(string name)
    {
        var (expression, function, formula, handWorked) = name switch
        {
            "exp" => (Expr.Parse("exp(x)"), (Func<PowerSeries, PowerSeries>)Exp, MaclaurinSeries.Exp(HandWorkedOrder),
                new[] { 1, 1, 1 / 2.0, 1 / 6.0, 1 / 24.0, 1 / 120.0 }),
            "sin" => (Expr.Parse("sin(x)"), Sin, MaclaurinSeries.Sin(HandWorkedOrder),
                new[] { 0, 1, 0, -1 / 6.0, 0, 1 / 120.0 }),
            "cos" => (Expr.Parse("cos(x)"), Cos, MaclaurinSeries.Cos(HandWorkedOrder),
                new[] { 1, 0, -1 / 2.0, 0, 1 / 24.0, 0 }),
            "ln(1+x)" => (Expr.Parse("ln(1 + x)"), x => Log(1 + x), MaclaurinSeries.LogOnePlusX(HandWorkedOrder),
                new[] { 0, 1, -1 / 2.0, 1 / 3.0, -1 / 4.0, 1 / 5.0 }),
            _ => (Expr.Parse("1/(1 - x)"), x => 1 / (1 - x), MaclaurinSeries.Geometric(HandWorkedOrder),
                new double[] { 1, 1, 1, 1, 1, 1 }),
        };

        var symbolic = TaylorPolynomial.Maclaurin(expression, HandWorkedOrder);
        var series = TaylorPolynomial.Maclaurin(function, HandWorkedOrder);

        Assert.Equal(handWorked, symbolic.Coefficients, new ToleranceComparer(Exact));
        Assert.Equal(handWorked, series.Coefficients, new ToleranceComparer(Exact));
        Assert.Equal(handWorked, formula.Coefficients, new ToleranceComparer(Exact));
        Assert.Equal(symbolic.Coefficients, series.Coefficients, new ToleranceComparer(Exact));
    }

    [Theory]
    [InlineData("exp(x)*sin(x)/(1 + x^2)", 0.5)]
    [InlineData("tan(x)", 0.3)]
    [InlineData("sqrt(1 + x)*ln(2 + cos(x))", -0.4)]
    [InlineData("x^2.5 - 3/x", 1.7)]
    public void Of_MixedFunction_SymbolicAndPowerSeriesRoutesAgree(string text, double a)
    {
        // The same function written over IScalar, to run on power series.
        Func<PowerSeries, PowerSeries> function = text switch
        {
            "exp(x)*sin(x)/(1 + x^2)" => x => Exp(x) * Sin(x) / (1 + (x * x)),
            "tan(x)" => Tan,
            "sqrt(1 + x)*ln(2 + cos(x))" => x => Sqrt(1 + x) * Log(2 + Cos(x)),
            _ => x => Pow(x, 2.5) - (3 / x),
        };

        var symbolic = TaylorPolynomial.Of(Expr.Parse(text), a, 6);
        var series = TaylorPolynomial.Of(function, a, 6);

        Assert.Equal(symbolic.Coefficients, series.Coefficients, new ToleranceComparer(RelativeExact * MaxAbs(symbolic.Coefficients)));
    }

    [Fact]
    public void Of_SqrtAboutFour_IsTheHandWorkedPolynomial()
    {
        // √x = 2 + (x − 4)/4 − (x − 4)²/64 + …: f'(4) = 1/(2√4) = 1/4, f''(4)/2 = −1/(4·4^{3/2})/2 = −1/64.
        double[] handWorked = [2, 1 / 4.0, -1 / 64.0];

        var symbolic = TaylorPolynomial.Of(Expr.Parse("sqrt(x)"), 4, 2);
        var series = TaylorPolynomial.Of(Sqrt, 4, 2);

        Assert.Equal(handWorked, symbolic.Coefficients, new ToleranceComparer(Exact));
        Assert.Equal(handWorked, series.Coefficients, new ToleranceComparer(Exact));
        Assert.Equal(4, series.Centre);
        Assert.Equal(2, series.Order);
        Assert.Equal(2 + (0.41 / 4) - (0.41 * 0.41 / 64), series.Evaluate(4.41), Exact);
    }

    [Fact]
    public void ToLatex_SqrtAboutFour_ReadsLikeTheTextbook()
    {
        var polynomial = TaylorPolynomial.Of(Sqrt, 4, 2);

        Assert.Equal(@"P_{2}(x) = 2 + \frac{x - 4}{4} - \frac{\left(x - 4\right)^{2}}{64}", polynomial.ToLatex());
        Assert.Equal("P_2(x) = 2 + (x - 4)/4 - (x - 4)^2/64", polynomial.ToString());
    }

    [Fact]
    public void ToLatex_ExpAndSin_WriteCoefficientsAsFractionsOverKFactorial()
    {
        Assert.Equal(
            @"P_{6}(x) = 1 + x + \frac{x^{2}}{2} + \frac{x^{3}}{6} + \frac{x^{4}}{24} + \frac{x^{5}}{120} + \frac{x^{6}}{720}",
            TaylorPolynomial.Maclaurin(Exp, 6).ToLatex());
        Assert.Equal(
            @"P_{7}(x) = x - \frac{x^{3}}{6} + \frac{x^{5}}{120} - \frac{x^{7}}{5040}",
            TaylorPolynomial.Maclaurin(Expr.Parse("sin(x)"), 7).ToLatex());
        Assert.Equal(
            @"P_{5}(t) = t + \frac{t^{3}}{3} + \frac{2 t^{5}}{15}",
            TaylorPolynomial.Maclaurin(Expr.Parse("tan(t)"), 5).ToLatex());
    }

    [Fact]
    public void ToExpr_AnyPolynomial_HasTheSameValuesAsEvaluate()
    {
        var polynomial = TaylorPolynomial.Of(x => Exp(x) * Sin(x), -0.5, 6);
        var expression = polynomial.ToExpr();

        foreach (var x in new[] { -1.5, -0.5, 0.3, 1.2 })
        {
            Assert.Equal(polynomial.Evaluate(x), expression.Evaluate(x), Exact);
        }
    }

    [Fact]
    public void ToExpr_ZeroPolynomial_IsZero()
    {
        Assert.Equal("P_3(x) = 0", TaylorPolynomial.Of(_ => PowerSeries.Constant(0), 1, 3).ToString());
    }

    [Fact]
    public void TaylorPolynomial_CarriesTheFormatterAttributeTheKernelLooksFor()
    {
        var attribute = typeof(TaylorPolynomial).GetCustomAttributes(inherit: true)
            .Single(a => a.GetType().Name == "TypeFormatterSourceAttribute");

        Assert.Equal(typeof(MathFormatterSource), attribute.GetType().GetProperty("FormatterSourceType")!.GetValue(attribute));
        Assert.IsAssignableFrom<ITypeset>(TaylorPolynomial.Maclaurin(Exp, 2));
    }

    [Fact]
    public void Of_CubicAboutMinusTwo_IsTheCubicRewrittenInPowersOfXPlusTwo()
    {
        // x³ = (−2 + h)³ = −8 + 12h − 6h² + h³ with h = x + 2, and nothing beyond h³.
        double[] handWorked = [-8, 12, -6, 1, 0];

        Assert.Equal(handWorked, TaylorPolynomial.Of(Expr.Parse("x^3"), -2, 4).Coefficients, new ToleranceComparer(Exact));
        Assert.Equal(handWorked, TaylorPolynomial.Of(x => Pow(x, 3), -2, 4).Coefficients, new ToleranceComparer(Exact));
        Assert.Equal("P_4(x) = -8 + 12*(x + 2) - 6*(x + 2)^2 + (x + 2)^3", TaylorPolynomial.Of(x => Pow(x, 3), -2, 4).ToString());
    }

    [Fact]
    public void Of_ConstantFunction_HasOnlyTheConstantTerm()
    {
        Assert.Equal([5, 0, 0, 0], TaylorPolynomial.Of(_ => PowerSeries.Constant(5), 1, 3).Coefficients);
        Assert.Equal([5, 0, 0, 0], TaylorPolynomial.Of(Expr.Constant(5), 1, 3).Coefficients);
    }

    [Fact]
    public void Of_OrderZero_IsTheValueAtA()
    {
        var polynomial = TaylorPolynomial.Of(Exp, 1, 0);

        Assert.Equal(Math.E, polynomial.Evaluate(3), Exact);
    }

    [Fact]
    public void Derivative_ExpAboutOne_IsEForEveryK()
    {
        var polynomial = TaylorPolynomial.Of(Exp, 1, 6);

        for (var k = 0; k <= 6; k++)
        {
            Assert.Equal(Math.E, polynomial.Derivative(k), Exact);
        }
    }

    [Fact]
    public void Of_ExprInAnotherVariable_KeepsItsName()
    {
        var polynomial = TaylorPolynomial.Of(Expr.Parse("exp(2*t)"), 0, 2);

        Assert.Equal("t", polynomial.Variable);
        Assert.Equal([1, 2, 2], polynomial.Coefficients, new ToleranceComparer(Exact));
    }

    [Fact]
    public void Of_NegativeOrder_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TaylorPolynomial.Of(Exp, 0, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => TaylorPolynomial.Of(Expr.Parse("exp(x)"), 0, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => MaclaurinSeries.Exp(-1));
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Of_PointNotFinite_Throws(double a)
    {
        Assert.Throws<ArgumentException>(() => TaylorPolynomial.Of(Exp, a, 2));
        Assert.Throws<ArgumentException>(() => TaylorPolynomial.Of(Expr.Parse("exp(x)"), a, 2));
    }

    [Theory]
    [InlineData("1/x")]
    [InlineData("ln(x)")]
    public void Of_FunctionUndefinedAtA_ThrowsSayingItIsNotFinite(string text)
    {
        Func<PowerSeries, PowerSeries> function = text == "1/x" ? x => 1 / x : Log;

        var symbolic = Assert.Throws<ArgumentException>(() => TaylorPolynomial.Of(Expr.Parse(text), 0, 3));
        var series = Assert.Throws<ArgumentException>(() => TaylorPolynomial.Of(function, 0, 3));

        Assert.Contains("not finite at a = 0", symbolic.Message);
        Assert.Contains("not finite at a = 0", series.Message);
        Assert.Equal("a", series.ParamName);
    }

    [Fact]
    public void Of_SqrtAtZero_ThrowsNamingTheFirstDerivative()
    {
        // √x is 0 at 0, but its slope 1/(2√x) is not finite there.
        var exception = Assert.Throws<ArgumentException>(() => TaylorPolynomial.Of(Sqrt, 0, 2));

        Assert.Contains("derivative of order 1", exception.Message);
    }

    [Fact]
    public void Of_ExprInTwoVariables_ThrowsAskingForTheVariable()
    {
        var exception = Assert.Throws<ArgumentException>(() => TaylorPolynomial.Of(Expr.Parse("x*y"), 0, 2));

        Assert.Contains("x, y", exception.Message);
        Assert.Throws<ArgumentException>(() => TaylorPolynomial.Of(Expr.Parse("x*y"), "x", 0, 2));
    }

    [Fact]
    public void Constructor_BadCoefficients_Throws()
    {
        Assert.Throws<ArgumentException>(() => new TaylorPolynomial(0, []));
        Assert.Throws<ArgumentException>(() => new TaylorPolynomial(0, [1, double.NaN]));
        Assert.Throws<ArgumentException>(() => new TaylorPolynomial(0, [1], "θ"));
    }

    [Fact]
    public void Derivative_BeyondTheOrder_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => MaclaurinSeries.Exp(3).Derivative(4));
    }

    private static double MaxAbs(IReadOnlyList<double> values) => values.Max(Math.Abs);
}
