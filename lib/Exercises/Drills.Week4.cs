using Calculus.Charts;
using Calculus.Symbolic;
using Calculus.Taylor;

namespace Calculus.Exercises;

/// <summary>Week 4's drills: Maclaurin coefficients, series about a ≠ 0, radii of convergence, linearisation, the second-order 2-D approximation and Taylor polynomials matched to their graphs.</summary>
public static partial class Drills
{
    /// <summary>The coefficient cₖ = f⁽ᵏ⁾(0)/k! of xᵏ in the Maclaurin series of eᵇˣ, sin bx, cos bx, 1/(1 − bx) or ln(1 + bx).</summary>
    public static DrillQuestion MaclaurinCoefficient(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var x = Expr.Variable("x");
        var b = random.Next(2, 4);
        var (f, k) = random.Next(5) switch
        {
            0 => (Expr.Exp(b * x), random.Next(2, 5)),
            1 => (Expr.Sin(b * x), 2 * random.Next(1, 3) + 1),
            2 => (Expr.Cos(b * x), 2 * random.Next(1, 3)),
            3 => (1 / (1 - (b * x)), random.Next(2, 5)),
            _ => (Expr.Log(1 + (b * x)), random.Next(2, 5)),
        };
        return MaclaurinCoefficient(f, k);
    }

    /// <summary>The question "what is the coefficient of xᵏ in the Maclaurin series of f?", answered with <see cref="TaylorPolynomial.Maclaurin(Expr, int)"/>.</summary>
    internal static DrillQuestion MaclaurinCoefficient(Expr f, int k)
    {
        var derivative = f;
        for (var i = 0; i < k; i++)
        {
            derivative = derivative.Differentiate("x");
        }

        var atZero = derivative.Evaluate(("x", 0));
        var coefficient = TaylorPolynomial.Maclaurin(f, k).Coefficients[k];
        return new DrillQuestion(
            "a Maclaurin coefficient",
            $"Give the coefficient $c_{{{k}}}$ of $x^{{{k}}}$ in the Maclaurin series of $f(x) = {f.ToLatex()}$ (a number; a fraction such as `4.0/3` is fine).",
            ExpectedAnswer.Number(coefficient),
            "$c_k = f^{(k)}(0)/k!$. Each derivative of a function of $bx$ brings out one more factor $b$ (chain rule); or put $bx$ into a series you know.",
            $"Differentiating {k} times gives $f^{{({k})}}(x) = {derivative.Simplify().ToLatex()}$, so $f^{{({k})}}(0) = {Checks.Show(atZero)}$ and "
            + $"$c_{{{k}}} = {Checks.Show(atZero)}/{k}! = {Checks.Show(coefficient)}$. (The same comes from putting $bx$ in place of $x$ in the known series: the $x^{{{k}}}$ term picks up the factor $b^{{{k}}}$.)");
    }

    private static readonly (string Latex, string Text, double[] Centres)[] s_seriesAbout =
    [
        ("\\sqrt{x}", "sqrt(x)", [1, 9, 16]),
        ("\\frac{1}{x}", "1/x", [2, 3, -1]),
        ("\\ln x", "log(x)", [1, 2, 3]),
        ("e^{x}", "exp(x)", [1, 2, -1]),
        ("x^{3}", "x^3", [1, 2, -2]),
    ];

    /// <summary>The Taylor polynomial of order 2 about a ≠ 0, f(a) + f′(a)(x − a) + f″(a)/2·(x − a)², of √x, 1/x, ln x, eˣ or x³.</summary>
    public static DrillQuestion SeriesAboutPoint(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var form = s_seriesAbout[random.Next(s_seriesAbout.Length)];
        return SeriesAboutPoint(Expr.Parse(form.Text), form.Centres[random.Next(form.Centres.Length)]);
    }

    /// <summary>The question "give the first three terms of the Taylor series of f about a", answered with <see cref="TaylorPolynomial.Of(Expr, double, int)"/>.</summary>
    internal static DrillQuestion SeriesAboutPoint(Expr f, double a)
    {
        var f1 = f.Differentiate("x");
        var f2 = f1.Differentiate("x");
        var p2 = TaylorPolynomial.Of(f, a, 2);
        var (v0, v1, v2) = (f.Evaluate(("x", a)), f1.Evaluate(("x", a)), f2.Evaluate(("x", a)));
        var lower = a > 0 ? Math.Max(0.05, a - 0.9) : a - 0.9;
        return new DrillQuestion(
            "a Taylor series about a ≠ 0",
            $"Give the Taylor polynomial of order 2 of $f(x) = {f.ToLatex()}$ about $a = {Checks.Show(a)}$, an expression in $x$ written with powers of ${(a < 0 ? $"(x + {Checks.Show(-a)})" : $"(x - {Checks.Show(a)})")}$ or expanded (`exp(2)` and the like may be typed as they are).",
            ExpectedAnswer.Expression(p2.ToExpr(), (lower, a + 0.9), "x"),
            "$P_2(x) = f(a) + f'(a)(x - a) + \\frac{f''(a)}{2}(x - a)^2$: differentiate twice, then put in $x = a$.",
            $"$f'(x) = {f1.Simplify().ToLatex()}$ and $f''(x) = {f2.Simplify().ToLatex()}$; at $a = {Checks.Show(a)}$: $f(a) = {Checks.Show(v0)}$, $f'(a) = {Checks.Show(v1)}$, $f''(a) = {Checks.Show(v2)}$, "
            + $"and $c_2 = f''(a)/2 = {Checks.Show(v2 / 2)}$. So ${p2.ToLatex()}$.");
    }

    /// <summary>The radius of convergence R = lim |cₖ/cₖ₊₁| of Σ xⁿ/cⁿ, Σ n·xⁿ/cⁿ, ln(1 + x/c) or 1/(c − x), which is c.</summary>
    public static DrillQuestion RadiusOfConvergence(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        return RadiusOfConvergence(random.Next(4), random.Next(2, 7));
    }

    /// <summary>The radius-of-convergence question for series form 0 (Σ xⁿ/cⁿ), 1 (Σ n·xⁿ/cⁿ), 2 (ln(1 + x/c)) or 3 (1/(c − x)).</summary>
    internal static DrillQuestion RadiusOfConvergence(int form, int c)
    {
        var (series, ratio, reason) = form switch
        {
            0 => ($"\\sum_{{n=0}}^{{\\infty}} \\frac{{x^n}}{{{c}^n}}", $"\\left|\\frac{{c_n}}{{c_{{n+1}}}}\\right| = \\frac{{{c}^{{n+1}}}}{{{c}^n}} = {c}", $"it is the geometric series in $x/{c}$, which converges for $|x/{c}| < 1$"),
            1 => ($"\\sum_{{n=1}}^{{\\infty}} \\frac{{n\\,x^n}}{{{c}^n}}", $"\\left|\\frac{{c_n}}{{c_{{n+1}}}}\\right| = \\frac{{n}}{{n + 1}} \\cdot {c} \\to {c}", "the factor $n$ changes the ratio only by $\\frac{n}{n+1} \\to 1$"),
            2 => ($"\\ln\\left(1 + \\frac{{x}}{{{c}}}\\right)", $"c_n = \\frac{{(-1)^{{n+1}}}}{{n\\,{c}^n}}, \\quad \\left|\\frac{{c_n}}{{c_{{n+1}}}}\\right| = \\frac{{n + 1}}{{n}} \\cdot {c} \\to {c}", $"the function blows up at $x = -{c}$, at distance {c} from 0"),
            3 => ($"\\frac{{1}}{{{c} - x}}", $"\\frac{{1}}{{{c} - x}} = \\frac{{1}}{{{c}}} \\cdot \\frac{{1}}{{1 - x/{c}}}, \\quad c_n = \\frac{{1}}{{{c}^{{n+1}}}}, \\quad \\left|\\frac{{c_n}}{{c_{{n+1}}}}\\right| = {c}", $"the pole at $x = {c}$ is at distance {c} from 0"),
            _ => throw new ArgumentOutOfRangeException(nameof(form), form, "Expected a series form 0 to 3."),
        };
        var coefficients = RadiusCoefficients(form, c, 201);
        double Ratio(int n) => Math.Abs(coefficients[n] / coefficients[n + 1]);
        var radius = Math.Round((2 * Ratio(200)) - Ratio(100), 2); // Richardson: the ratios approach R like R·(1 + b/n)
        return new DrillQuestion(
            "the radius of convergence",
            $"What is the radius of convergence $R$ of {(form < 2 ? "the power series" : "the Maclaurin series of")} ${series}$ (a number)?",
            ExpectedAnswer.Number(radius, 0.01),
            "Use the ratio test, $R = \\lim_{n \\to \\infty} |c_n / c_{n+1}|$, or the distance from $0$ to the nearest point where the function misbehaves.",
            $"${ratio}$, so $R = {Checks.Show(radius)}$: {reason}.");
    }

    /// <summary>c₀, …, c_last of the series forms of <see cref="RadiusOfConvergence(int, int)"/>, from the library's geometric and ln(1 + x) series.</summary>
    internal static double[] RadiusCoefficients(int form, int c, int last)
    {
        var geometric = MaclaurinSeries.Geometric(last).Coefficients;
        var log = MaclaurinSeries.LogOnePlusX(last).Coefficients;
        return Enumerable.Range(0, last + 1).Select(n => form switch
        {
            0 => geometric[n] / Math.Pow(c, n),
            1 => n * geometric[n] / Math.Pow(c, n),
            2 => log[n] / Math.Pow(c, n),
            _ => geometric[n] / Math.Pow(c, n + 1),
        }).ToArray();
    }

    private static readonly (string Text, double[] Centres)[] s_linearisations =
    [
        ("sqrt(x)", [4, 9, 16, 25]),
        ("x^(1/3)", [8, 27]),
        ("log(x)", [1, 2]),
        ("exp(x)", [0, 1]),
        ("1/x", [2, 4, 5]),
    ];

    /// <summary>The estimate L(a + h) = f(a) + f′(a)·h from the linearisation of √x, ∛x, ln x, eˣ or 1/x about a.</summary>
    public static DrillQuestion LinearisationEstimate(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var form = s_linearisations[random.Next(s_linearisations.Length)];
        double[] steps = [-0.2, -0.1, 0.1, 0.2, 0.3];
        return LinearisationEstimate(Expr.Parse(form.Text), form.Centres[random.Next(form.Centres.Length)], steps[random.Next(steps.Length)]);
    }

    /// <summary>The question "linearise f about a and estimate f(a + h)", answered with <see cref="TaylorPolynomial.Of(Expr, double, int)"/> of order 1.</summary>
    internal static DrillQuestion LinearisationEstimate(Expr f, double a, double h)
    {
        var slope = f.Differentiate("x");
        var line = TaylorPolynomial.Of(f, a, 1);
        var x = a + h;
        var estimate = line.Evaluate(x);
        return new DrillQuestion(
            "linearisation at a point",
            $"Linearise $f(x) = {f.ToLatex()}$ about $a = {Checks.Show(a)}$ and use the tangent line to estimate $f({Checks.Show(x)})$ (a number).",
            ExpectedAnswer.Number(estimate, 1e-6),
            "$L(x) = f(a) + f'(a)(x - a)$: you need only the value and the slope at $a$.",
            $"$f'(x) = {slope.Simplify().ToLatex()}$, so $f({Checks.Show(a)}) = {Checks.Show(line.Coefficients[0])}$ and $f'({Checks.Show(a)}) = {Checks.Show(line.Coefficients[1])}$. "
            + $"$L({Checks.Show(x)}) = {Checks.Show(line.Coefficients[0])}{Signed(line.Coefficients[1] * h)} = {Checks.Show(estimate)}$, the second term being $f'(a)\\,h$ with $h = {Checks.Show(h)}$ "
            + $"(the true value is {Checks.Show(f.Evaluate(("x", x)))}).");
    }

    /// <summary>f(a) + ∇f(a)·δ + ½δᵀH(a)δ for f(x, y) = p·x²·y + q·x·y² + r·y³ at an integer point a and a small step δ.</summary>
    public static DrillQuestion SecondOrderApproximation(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var (x, y) = (Expr.Variable("x"), Expr.Variable("y"));
        var (p, q, r) = (random.Next(1, 4), random.Next(-2, 3), random.Next(-1, 2));
        var f = ((p * Expr.Pow(x, 2) * y) + (q * x * Expr.Pow(y, 2)) + (r * Expr.Pow(y, 3))).Simplify();
        double[] point = [random.Next(1, 3), random.Next(1, 3)];
        double[][] steps = [[0.1, 0.2], [0.2, -0.1], [-0.1, 0.3], [0.3, 0.1], [-0.2, -0.2]];
        return SecondOrderApproximation(f, point, steps[random.Next(steps.Length)]);
    }

    /// <summary>The question "give the second-order Taylor approximation of f(x, y) at a + δ", answered with <see cref="TaylorApproximation"/>'s formula from symbolic derivatives.</summary>
    internal static DrillQuestion SecondOrderApproximation(Expr f, IReadOnlyList<double> a, IReadOnlyList<double> step)
    {
        string[] names = ["x", "y"];
        (string, double)[] at = [("x", a[0]), ("y", a[1])];
        var value = f.Evaluate(at);
        var gradient = names.Select(v => f.Differentiate(v).Evaluate(at)).ToArray();
        var second = names.Select(u => names.Select(v => f.Differentiate(u).Differentiate(v)).ToArray()).ToArray();
        var hessian = second.Select(row => row.Select(e => e.Evaluate(at)).ToArray()).ToArray();
        var linear = (gradient[0] * step[0]) + (gradient[1] * step[1]);
        var quadratic = 0.5 * Enumerable.Range(0, 2).Sum(i => Enumerable.Range(0, 2).Sum(j => step[i] * hessian[i][j] * step[j]));
        var approximation = value + linear + quadratic;
        var (dx, dy) = (Checks.Show(step[0]), Checks.Show(step[1]));
        var point = $"({Checks.Show(a[0])}, {Checks.Show(a[1])})";
        return new DrillQuestion(
            "the second-order approximation with the Hessian",
            $"For $f(x, y) = {f.ToLatex()}$, give the second-order Taylor approximation $f(\\mathbf a) + \\nabla f(\\mathbf a) \\cdot \\boldsymbol\\delta + \\frac{{1}}{{2}}\\boldsymbol\\delta^{{\\mathsf T}} H(\\mathbf a)\\,\\boldsymbol\\delta$ "
            + $"about $\\mathbf a = {point}$ for the step $\\boldsymbol\\delta = ({dx}, {dy})$ (a number).",
            ExpectedAnswer.Number(approximation, 1e-6),
            "Find $f(\\mathbf a)$, the gradient and the Hessian at $\\mathbf a$; then $\\boldsymbol\\delta^{\\mathsf T} H \\boldsymbol\\delta = f_{xx}\\delta_x^2 + 2f_{xy}\\delta_x\\delta_y + f_{yy}\\delta_y^2$.",
            $"$f_x = {f.Differentiate("x").Simplify().ToLatex()}$, $f_y = {f.Differentiate("y").Simplify().ToLatex()}$, $f_{{xx}} = {second[0][0].Simplify().ToLatex()}$, $f_{{xy}} = {second[0][1].Simplify().ToLatex()}$, $f_{{yy}} = {second[1][1].Simplify().ToLatex()}$. "
            + $"At $\\mathbf a$: $f = {Checks.Show(value)}$, $\\nabla f = ({Checks.Show(gradient[0])}, {Checks.Show(gradient[1])})$, "
            + $"$H = {MatrixLatex(hessian.Select(row => row.Select(Checks.Show).ToArray()).ToArray())}$. "
            + $"The first-order term is $\\nabla f \\cdot \\boldsymbol\\delta = {Checks.Show(linear)}$, the second-order term $\\frac{{1}}{{2}}\\boldsymbol\\delta^{{\\mathsf T}} H \\boldsymbol\\delta = {Checks.Show(quadratic)}$, "
            + $"so the approximation is ${Checks.Show(value)}{Signed(linear)}{Signed(quadratic)} = {Checks.Show(approximation)}$ "
            + $"(the true value is {Checks.Show(f.Evaluate(("x", a[0] + step[0]), ("y", a[1] + step[1])))}).");
    }

    private static readonly (string Latex, string Text, int[] Orders, double From, double To)[] s_orderGraphs =
    [
        ("e^x", "exp(x)", [1, 2, 3], -3, 3),
        ("\\sin x", "sin(x)", [1, 3, 5], -4, 4),
        ("\\cos x", "cos(x)", [0, 2, 4], -4, 4),
        ("\\ln(1 + x)", "log(1 + x)", [1, 2, 3], -0.9, 3),
    ];

    /// <summary>Which of three graphs is the Maclaurin polynomial Pₙ of f? The candidates are P of three orders, in a random order, drawn by <see cref="DerivativeGraphChart"/>.</summary>
    public static DrillQuestion TaylorOrderGraph(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var form = random.Next(s_orderGraphs.Length);
        var order = new[] { 0, 1, 2 }.OrderBy(_ => random.Next()).ToArray();
        return TaylorOrderGraph(form, order, random.Next(3));
    }

    /// <summary>
    /// The order-graph question for function <paramref name="form"/>, its three polynomials put in the order <paramref name="order"/>
    /// (graph A is polynomial order[0], …), asking for polynomial number <paramref name="asked"/> (0, 1 or 2, lowest order first).
    /// </summary>
    internal static DrillQuestion TaylorOrderGraph(int form, IReadOnlyList<int> order, int asked)
    {
        if (order.Count != 3 || !order.Order().SequenceEqual([0, 1, 2]))
        {
            throw new ArgumentException($"Expected an order of 0, 1 and 2; got {string.Join(", ", order)}.", nameof(order));
        }

        var (latex, text, orders, from, to) = s_orderGraphs[form];
        var f = Expr.Parse(text);
        var polynomials = orders.Select(n => TaylorPolynomial.Maclaurin(f, n)).ToArray();
        var candidates = order.Select(k => polynomials[k]).ToArray();
        var correct = order.ToList().IndexOf(asked);
        var explained = string.Join("; ", order.Select((k, i) => $"graph {(char)('A' + i)} is ${polynomials[k].ToLatex()}$"));
        return new DrillQuestion(
            "Taylor polynomials of growing order",
            $"The chart shows $f(x) = {latex}$ (top left) and its Maclaurin polynomials of orders {orders[0]}, {orders[1]} and {orders[2]} as graphs A, B and C, in some order. Which graph is $P_{{{orders[asked]}}}$?",
            ExpectedAnswer.Choice(correct, candidates.Select(p => p.ToExpr().ToString()).ToArray()),
            "A polynomial of order $n$ has at most $n - 1$ turning points, and its ends go off like its highest power. The higher the order, the longer it follows $f$.",
            $"{explained}. So $P_{{{orders[asked]}}}$ is graph {(char)('A' + correct)}.",
            DerivativeGraphChart.Of(f.CompileUnary(), candidates.Select(p => (Func<double, double>)p.Evaluate).ToArray(), from, to, $"Which graph, A, B or C, is P{orders[asked]}?"));
    }

    /// <summary>" + v" or " − |v|", for writing a sum of terms.</summary>
    private static string Signed(double value) => value < 0 ? $" - {Checks.Show(-value)}" : $" + {Checks.Show(value)}";
}
