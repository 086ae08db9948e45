using System.Text.Json.Nodes;
using Calculus.Charts;
using Calculus.Display;
using Calculus.Exercises;
using Calculus.Optimisation;
using Calculus.Sandpit;
using Calculus.Symbolic;
using Calculus.Taylor;
using MathNet.Numerics.LinearAlgebra;
using Pit = Calculus.Sandpit.Sandpit;

namespace Calculus.Tests.Display;

/// <summary>
/// Every library type that names formatters by the kernel's convention, displayed as the kernel displays it (see
/// <see cref="KernelFormatterConvention"/>): each mime type it carries is written by one of its formatters.
/// </summary>
public sealed class FormatterConventionTests
{
    private const string Plotly = "application/vnd.plotly.v1+json";
    private const string Html = "text/html";
    private const string PlainText = "text/plain";
    private const string Latex = "text/latex";

    /// <summary>One value of each concrete type that carries the attribute (inherited too), as a notebook would show it.</summary>
    private static readonly object[] s_samples =
    [
        Chart.Function(Math.Sin, 0, 1, title: "sin"),
        Checks.Number("Exercise 1.1: the slope", 3, () => 2),
        new Calculus.Display.Latex(@"x^{2}", "x^2"),
        Expr.Variable("x"),
        Expr.Constant(2.5),
        Expr.Pi,
        Expr.Parse("x + 1"),
        Expr.Parse("2 * x"),
        Expr.Parse("x^3"),
        Expr.Parse("sin(x)"),
        Derivative.Of(Expr.Parse("x^2 * sin(x)"), "x"),
        Derivative.Of(Expr.Parse("x^2 * sin(x)"), "x").Steps[0],
        SymbolicCalculus.Gradient(Expr.Parse("x^2 * y"), "x", "y"),
        SymbolicCalculus.Hessian(Expr.Parse("x^2 * y"), "x", "y"),
        TaylorPolynomial.Maclaurin(Expr.Parse("exp(x)"), 3),
        Pit.Simple(seed: 1),
        Pit.Simple(seed: 1).Dip(3, 3),
        RevealedPit(),
        Pit.Simple(seed: 1).ToChart(),
        NewtonRaphson.FindRoot(x => (x * x) - 2, x => 2 * x, 1),
        GradientDescent.FixedStep(v => v.DotProduct(v), v => 2 * v, [1.0, 1.0], 0.1),
        SumOnTheUnitCircle(),
        Statements.Confirm(Checks.Number("the slope stated above", 3, () => 3)),
        Checks.Progress(),
        Drill.Of("Drill 1.1", Drills.PowerRule),
        new Calculus.Display.Markdown("**Hint.** $x^2$"),
    ];

    public static TheoryData<string> TypesWithTheAttribute() => new(TypeNamesWithTheAttribute());

    [Fact]
    public void Samples_CoverEveryTypeWithTheAttribute()
    {
        Assert.Equal(TypeNamesWithTheAttribute(), s_samples.Select(v => v.GetType().FullName!).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TypesWithTheAttribute))]
    public void PreferredMimeTypes_EveryType_AreAllWrittenByItsFormatters(string typeName)
    {
        var value = s_samples.Single(v => v.GetType().FullName == typeName);

        var preferred = KernelFormatterConvention.PreferredMimeTypes(value.GetType());
        var display = KernelFormatterConvention.Display(value);

        Assert.NotNull(preferred);
        Assert.NotEmpty(preferred);
        Assert.All(display, output => Assert.False(string.IsNullOrEmpty(output.Value), $"{typeName} carries {output.Key}, but no formatter of its source writes it."));
    }

    [Fact]
    public void Display_Figure_CarriesPlotlyJsonAndHtml()
    {
        var display = KernelFormatterConvention.Display(Chart.Function(Math.Sin, 0, 1, title: "sin"));

        Assert.Equal([Plotly, Html], display.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("scatter", (string?)JsonNode.Parse(display[Plotly]!)!["data"]![0]!["type"]);
        Assert.Contains("<div", display[Html]);
    }

    [Fact]
    public void Display_FailedCheck_CarriesHtmlPlainTextAndTheCheckJson()
    {
        var display = KernelFormatterConvention.Display(Checks.Number("Exercise 1.1: the slope", 3, () => 2));

        Assert.Equal([CheckResult.MimeType, Html, PlainText], display.Keys.Order(StringComparer.Ordinal));
        Assert.False((bool)JsonNode.Parse(display[CheckResult.MimeType]!)!["passed"]!);
        Assert.StartsWith("✗ Exercise 1.1: the slope", display[PlainText]);
    }

    [Theory]
    [InlineData("x^2 * sin(x)")]
    [InlineData("exp(-x) / (1 + y^2)")]
    public void Display_Expression_CarriesLatexAndPlainText(string text)
    {
        var expression = Expr.Parse(text);

        var display = KernelFormatterConvention.Display(expression);

        Assert.Equal([Latex, PlainText], display.Keys.Order(StringComparer.Ordinal));
        Assert.Equal($"$${expression.ToLatex()}$$", display[Latex]);
        Assert.Equal(expression.ToString(), display[PlainText]);
    }

    [Fact]
    public void Display_TypesetMatrix_CarriesLatexAndPlainText()
    {
        var typeset = Matrix<double>.Build.DenseOfArray(new double[,] { { 1, 2 }, { 3, 4 } }).Typeset();

        var display = KernelFormatterConvention.Display(typeset);

        Assert.Equal([Latex, PlainText], display.Keys.Order(StringComparer.Ordinal));
        Assert.Equal($"$${typeset.ToLatex()}$$", display[Latex]);
    }

    private static IEnumerable<string> TypeNamesWithTheAttribute() =>
        typeof(Figure).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && KernelFormatterConvention.FindAttribute(t) is not null)
            .Select(t => t.FullName!)
            .Order(StringComparer.Ordinal);

    private static SandpitSurface RevealedPit()
    {
        var pit = Pit.Simple(seed: 1);
        while (!pit.IsOver)
        {
            pit.Dip(0.5, 0.5);
        }

        return pit.Reveal();
    }

    /// <summary>x + y on the circle x² + y² = 1: a maximum and a minimum.</summary>
    private static LagrangeResult SumOnTheUnitCircle()
    {
        var circle = new EqualityConstraint(
            p => p.DotProduct(p) - 1,
            p => 2 * p,
            _ => 2 * Matrix<double>.Build.DenseIdentity(2));
        return LagrangeMultipliers.FindStationaryPoints(
            p => p[0] + p[1],
            _ => Vector<double>.Build.Dense(2, 1.0),
            _ => Matrix<double>.Build.Dense(2, 2),
            [circle],
            [[0.8, 0.5], [-0.8, -0.5]]);
    }
}
