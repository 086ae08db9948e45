using Calculus.Charts;
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

    /// <summary>The powers <see cref="RealPower(Random)"/> draws from: negative and fractional, so x &gt; 0 matters.</summary>
    private static readonly double[] s_realPowers = [-3, -2, -1, -0.5, 0.5, 1.5, 2.5];

    /// <summary>Differentiate a·xⁿ for x &gt; 0 with a negative or fractional n: d/dx a·xⁿ = a·n·xⁿ⁻¹ still.</summary>
    public static DrillQuestion RealPower(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        return RealPower(random.Next(2, 7), s_realPowers[random.Next(s_realPowers.Length)]);
    }

    /// <summary>The question for a·xⁿ with any real n, asked and judged on x &gt; 0 (on (0.2, 3)).</summary>
    internal static DrillQuestion RealPower(int a, double n)
    {
        var x = Expr.Variable("x");
        var f = a * Expr.Pow(x, n);
        var derivative = Derivative.Of(f, "x").Result;
        return new DrillQuestion(
            "the power rule for any real power",
            $"Differentiate $f(x) = {f.ToLatex()}$ for $x > 0$.",
            ExpectedAnswer.Expression(derivative, (0.2, 3), "x"),
            "The power rule holds for negative and fractional powers too, for $x > 0$: bring the power down and lower it by one. A power such as $x^{-1.5}$ is typed `x^(-1.5)`; $1/x^2$ is $x^{-2}$.",
            $"$\\frac{{d}}{{dx}}\\, {f.ToLatex()} = {a} \\cdot ({Checks.Show(n)})\\, x^{{{Checks.Show(n)} - 1}} = {derivative.ToLatex()}$.");
    }

    /// <summary>Differentiate a product u·v of a power and a standard function: (u·v)' = u'·v + u·v'.</summary>
    public static DrillQuestion ProductRule(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var x = Expr.Variable("x");
        var u = random.Next(1, 4) * Expr.Pow(x, random.Next(2, 6));
        var v = random.Next(3) switch
        {
            0 => Expr.Sin(x),
            1 => Expr.Cos(x),
            _ => Expr.Exp(x),
        };
        return ProductRule(u, v);
    }

    /// <summary>The product-rule question for u·v.</summary>
    internal static DrillQuestion ProductRule(Expr u, Expr v)
    {
        var (du, dv) = (u.Differentiate("x").Simplify(), v.Differentiate("x").Simplify());
        return Differentiation(
            "the product rule",
            u * v,
            $"Let $u = {u.ToLatex()}$ and $v = {v.ToLatex()}$. Differentiate each, then combine them with the product rule.",
            $"With $u = {u.ToLatex()}$ and $v = {v.ToLatex()}$: $u' = {du.ToLatex()}$ and $v' = {dv.ToLatex()}$, so $f'(x) = u'v + uv' = \\left({du.ToLatex()}\\right)\\left({v.ToLatex()}\\right) + \\left({u.ToLatex()}\\right)\\left({dv.ToLatex()}\\right)$. Simplified:");
    }

    /// <summary>Differentiate a quotient u/v whose denominator x² + c is never zero: (u/v)' = (u'·v − u·v')/v².</summary>
    public static DrillQuestion QuotientRule(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var x = Expr.Variable("x");
        var u = random.Next(3) switch
        {
            0 => Expr.Pow(x, random.Next(1, 4)).Simplify(),
            1 => Expr.Sin(x),
            _ => Expr.Exp(x),
        };
        return QuotientRule(u, Expr.Pow(x, 2) + random.Next(1, 5));
    }

    /// <summary>The quotient-rule question for u/v.</summary>
    internal static DrillQuestion QuotientRule(Expr u, Expr v)
    {
        var (du, dv) = (u.Differentiate("x").Simplify(), v.Differentiate("x").Simplify());
        return Differentiation(
            "the quotient rule",
            u / v,
            $"Let $u = {u.ToLatex()}$ (the numerator) and $v = {v.ToLatex()}$ (the denominator). Differentiate each; the quotient rule's numerator has a minus sign, so the order matters.",
            $"With $u = {u.ToLatex()}$ and $v = {v.ToLatex()}$: $u' = {du.ToLatex()}$ and $v' = {dv.ToLatex()}$, so $f'(x) = \\dfrac{{u'v - uv'}}{{v^2}} = \\dfrac{{\\left({du.ToLatex()}\\right)\\left({v.ToLatex()}\\right) - \\left({u.ToLatex()}\\right)\\left({dv.ToLatex()}\\right)}}{{\\left({v.ToLatex()}\\right)^2}}$. Simplified:");
    }

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

    /// <summary>The toolbox: differentiate a function that needs two or more of the product, quotient and chain rules.</summary>
    public static DrillQuestion Toolbox(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var form = random.Next(ToolboxForms);
        return Toolbox(ToolboxFunction(form, random.Next(2, 5), random.Next(2, 4)));
    }

    /// <summary>How many forms of function the toolbox drill draws from.</summary>
    internal const int ToolboxForms = 5;

    /// <summary>The toolbox's function of form 0 to 4, with a number a and a power n: xⁿe^(ax), sin(ax)/(x² + 1), x·ln(x² + a), e^(−ax)/(x² + n), xⁿ√(x² + a).</summary>
    internal static Expr ToolboxFunction(int form, int a, int n)
    {
        var x = Expr.Variable("x");
        return form switch
        {
            0 => Expr.Pow(x, n) * Expr.Exp(a * x),
            1 => Expr.Sin(a * x) / (Expr.Pow(x, 2) + 1),
            2 => x * Expr.Log(Expr.Pow(x, 2) + a),
            3 => Expr.Exp(-a * x) / (Expr.Pow(x, 2) + n),
            4 => Expr.Pow(x, n) * Expr.Sqrt(Expr.Pow(x, 2) + a),
            _ => throw new ArgumentOutOfRangeException(nameof(form), form, $"The toolbox has the forms 0 to {ToolboxForms - 1}."),
        };
    }

    /// <summary>The toolbox question for f.</summary>
    internal static DrillQuestion Toolbox(Expr f) =>
        Differentiation("the toolbox", f, "Find the outermost operation first (a product or a quotient), and name its parts. A part with a function of something other than plain $x$ inside needs the chain rule.");

    /// <summary>Which of three graphs is f′? The candidates are f′, −f′ and f″ in a random order, drawn beside f by <see cref="DerivativeGraphChart"/>.</summary>
    public static DrillQuestion DerivativeGraph(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var x = Expr.Variable("x");
        var a = random.Next(1, 4);
        var f = random.Next(5) switch
        {
            0 => Expr.Pow(x, 3) - (3 * a * x),
            1 => Expr.Sin(a * x),
            2 => a * Expr.Exp(-Expr.Pow(x, 2)),
            3 => Expr.Log(Expr.Pow(x, 2) + a),
            _ => (Expr.Pow(x, 2) / a) - x,
        };
        var order = new[] { 0, 1, 2 }.OrderBy(_ => random.Next()).ToArray();
        return DerivativeGraph(f.Simplify(), order);
    }

    /// <summary>
    /// The derivative-graph question for f, with the candidates f′, −f′ and f″ put in the order <paramref name="order"/>:
    /// graph A is candidate order[0], and so on (0 is f′, 1 is −f′, 2 is f″).
    /// </summary>
    internal static DrillQuestion DerivativeGraph(Expr f, IReadOnlyList<int> order)
    {
        if (order.Count != 3 || !order.Order().SequenceEqual([0, 1, 2]))
        {
            throw new ArgumentException($"Expected an order of 0, 1 and 2; got {string.Join(", ", order)}.", nameof(order));
        }

        var derivative = f.Differentiate("x");
        Expr[] kinds = [derivative, (-derivative).Simplify(), derivative.Differentiate("x")];
        string[] names = ["f′, the derivative", "−f′, the derivative upside down", "f″, the second derivative"];
        var candidates = order.Select(k => kinds[k]).ToArray();
        var correct = order.ToList().IndexOf(0);
        var letter = (char)('A' + correct);
        var explained = string.Join("; ", order.Select((k, i) => $"graph {(char)('A' + i)} is {names[k]}"));
        return new DrillQuestion(
            "a function's graph and its derivative's",
            $"The chart shows $f(x) = {f.ToLatex()}$ (top left) and three graphs A, B and C. Which one is the graph of $f'$?",
            ExpectedAnswer.Choice(correct, candidates.Select(c => c.ToString()).ToArray()),
            "Find where $f$ is flat: there $f'$ is zero. Where $f$ climbs, $f'$ is above the axis; where it falls, below.",
            $"$f'(x) = {derivative.ToLatex()}$: zero where $f$ is flat, positive where $f$ climbs. So the answer is {letter}: {explained}.",
            DerivativeGraphChart.Of(f.CompileUnary(), candidates.Select(c => c.CompileUnary()).ToArray(), from: -3, to: 3));
    }
}
