using Calculus.Symbolic;

namespace Calculus.Exercises;

/// <summary>Week 1's drills: differentiation rules and slopes.</summary>
public static partial class Drills
{
    /// <summary>Differentiate a·xⁿ: d/dx a·xⁿ = a·n·xⁿ⁻¹.</summary>
    public static DrillQuestion PowerRule(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        return PowerRule(random.Next(2, 10), random.Next(2, 8));
    }

    /// <summary>The power-rule question for a·xⁿ.</summary>
    internal static DrillQuestion PowerRule(int a, int n) =>
        Differentiation("the power rule", a * Expr.Pow(Expr.Variable("x"), n), "Bring the power down as a factor and lower the power by one: $\\frac{d}{dx} x^n = n x^{n-1}$.");

    /// <summary>Differentiate an outer function of an inner one: (g∘h)' = g'(h(x))·h'(x).</summary>
    public static DrillQuestion ChainRule(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var x = Expr.Variable("x");
        var a = random.Next(2, 6);
        var inner = random.Next(3) switch
        {
            0 => a * Expr.Pow(x, 2),
            1 => (a * x) + 1,
            _ => Expr.Pow(x, 3) - a,
        };
        var f = random.Next(3) switch
        {
            0 => Expr.Sin(inner),
            1 => Expr.Exp(inner),
            _ => Expr.Pow(inner, 4),
        };
        return ChainRule(f, inner);
    }

    /// <summary>The chain-rule question for f, whose inner function is <paramref name="inner"/>.</summary>
    internal static DrillQuestion ChainRule(Expr f, Expr inner) =>
        Differentiation("the chain rule", f, $"Let $u = {inner.ToLatex()}$. Differentiate the outer function with respect to $u$, then multiply by $\\frac{{du}}{{dx}}$.");

    /// <summary>The slope of a cubic at a point: f'(x₀) for f(x) = a·x³ + b·x² + c·x.</summary>
    public static DrillQuestion SlopeAtPoint(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var x = Expr.Variable("x");
        var (a, b, c, x0) = (random.Next(1, 5), random.Next(-4, 5), random.Next(-5, 6), random.Next(-2, 3));
        return SlopeAtPoint((a * Expr.Pow(x, 3) + b * Expr.Pow(x, 2) + c * x).Simplify(), x0);
    }

    /// <summary>The question "what is f'(x₀)?" for a function of x.</summary>
    internal static DrillQuestion SlopeAtPoint(Expr f, int x0)
    {
        var derivative = f.Differentiate("x");
        var slope = derivative.Evaluate(x0);
        return new DrillQuestion(
            "the slope at a point",
            $"What is the gradient of $f(x) = {f.ToLatex()}$ at $x = {x0}$?",
            ExpectedAnswer.Number(slope),
            "Differentiate term by term with the power rule, then put in the value of $x$.",
            $"$f'(x) = {derivative.ToLatex()}$, so $f'({x0}) = {Checks.Show(slope)}$.");
    }
}
