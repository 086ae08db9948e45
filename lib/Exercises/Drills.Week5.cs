using Calculus.Optimisation;
using Calculus.Symbolic;
using MathNet.Numerics.LinearAlgebra;

namespace Calculus.Exercises;

/// <summary>Week 5's drills: a Newton–Raphson step, a gradient-descent step, a Newton step in two variables, and the Lagrange conditions.</summary>
public static partial class Drills
{
    // Answers of these drills are often fractions: four decimals are enough.
    private const double StepTolerance = 5e-4;

    /// <summary>One Newton–Raphson step on f(x) = x³ + a·x + b from an integer x₀: x₁ = x₀ − f(x₀)/f'(x₀), with f'(x) = 3x² + a.</summary>
    public static DrillQuestion NewtonRaphsonStep(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        while (true)
        {
            var (a, b, x0) = (random.Next(-4, 5), random.Next(-6, 7), random.Next(-2, 4));
            var (f0, slope) = ((x0 * x0 * x0) + (a * x0) + b, (3 * x0 * x0) + a);
            if (f0 != 0 && slope != 0)
            {
                return NewtonRaphsonStep(a, b, x0);
            }
        }
    }

    /// <summary>The question "x₁ from x₀ by Newton–Raphson" for f(x) = x³ + a·x + b.</summary>
    internal static DrillQuestion NewtonRaphsonStep(int a, int b, int x0)
    {
        var x = Expr.Variable("x");
        var f = (Expr.Pow(x, 3) + (a * x) + b).Simplify();
        var derivative = f.Differentiate("x").Simplify();
        var shown = "x^{3}" + (a == 0 ? "" : $" {(a < 0 ? "-" : "+")} {(Math.Abs(a) == 1 ? "" : Math.Abs(a).ToString(System.Globalization.CultureInfo.InvariantCulture))}x") + (b == 0 ? "" : $" {(b < 0 ? "-" : "+")} {Math.Abs(b)}");
        var (f0, slope) = (f.Evaluate(x0), derivative.Evaluate(x0));
        if (slope == 0)
        {
            throw new ArgumentException($"f'({x0}) = 0: the tangent is flat and Newton–Raphson has no step.", nameof(x0));
        }

        var x1 = x0 - (f0 / slope);
        return new DrillQuestion(
            "one Newton–Raphson step",
            $"Take one Newton–Raphson step on $f(x) = {shown}$ from $x_0 = {x0}$: what is $x_1$? (Type a number; a fraction such as `13.0 / 4` is fine, or four decimals.)",
            ExpectedAnswer.Number(x1, StepTolerance),
            "Work out $f(x_0)$ and $f'(x_0)$, then follow the tangent to the axis.",
            $"$f'(x) = {derivative.ToLatex()}$. At $x_0 = {x0}$: $f({x0}) = {Checks.Show(f0)}$ and $f'({x0}) = {Checks.Show(slope)}$, so $x_1 = x_0 - f(x_0)/f'(x_0) = {x0} - ({Checks.Show(f0)})/({Checks.Show(slope)}) = {Checks.Show(x1)}$.");
    }

    /// <summary>The step sizes <see cref="GradientDescentStep(Random)"/> draws from.</summary>
    private static readonly double[] s_stepSizes = [0.05, 0.1, 0.25, 0.5];

    /// <summary>One gradient-descent step on f(x, y) = a·x² + b·x·y + c·y² from an integer point: p₁ = p₀ − α∇f(p₀).</summary>
    public static DrillQuestion GradientDescentStep(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        while (true)
        {
            var (a, b, c, x0, y0) = (random.Next(1, 4), random.Next(-3, 4), random.Next(1, 4), random.Next(-2, 3), random.Next(-2, 3));
            var alpha = s_stepSizes[random.Next(s_stepSizes.Length)];
            if ((2 * a * x0) + (b * y0) != 0 || (b * x0) + (2 * c * y0) != 0)
            {
                return GradientDescentStep(a, b, c, x0, y0, alpha);
            }
        }
    }

    /// <summary>The question "p₁ = p₀ − α∇f(p₀)" for f(x, y) = a·x² + b·x·y + c·y².</summary>
    internal static DrillQuestion GradientDescentStep(int a, int b, int c, int x0, int y0, double alpha)
    {
        var (x, y) = (Expr.Variable("x"), Expr.Variable("y"));
        var f = ((a * Expr.Pow(x, 2)) + (b * x * y) + (c * Expr.Pow(y, 2))).Simplify();
        var (fx, fy) = (f.Differentiate("x").Simplify(), f.Differentiate("y").Simplify());
        double[] gradient = [fx.Evaluate(("x", x0), ("y", y0)), fy.Evaluate(("x", x0), ("y", y0))];
        double[] next = [x0 - (alpha * gradient[0]), y0 - (alpha * gradient[1])];
        return new DrillQuestion(
            "one gradient-descent step",
            $"Take one gradient-descent step with step size $\\alpha = {Checks.Show(alpha)}$ on $f(x, y) = {f.ToLatex()}$ from $(x, y) = ({x0}, {y0})$: where do you land? (Type `new[] {{ x, y }}`.)",
            ExpectedAnswer.Vector(next, StepTolerance),
            "Work out the gradient at the point, then step against it, $\\alpha$ times as far.",
            $"$\\nabla f = ({fx.ToLatex()}, {fy.ToLatex()})$, which at $({x0}, {y0})$ is $({Checks.Show(gradient[0])}, {Checks.Show(gradient[1])})$. So $\\mathbf p_1 = ({x0}, {y0}) - {Checks.Show(alpha)} \\cdot ({Checks.Show(gradient[0])}, {Checks.Show(gradient[1])}) = ({Checks.Show(next[0])}, {Checks.Show(next[1])})$.");
    }

    /// <summary>One Newton step on f(x, y) = a·x³ + b·x·y + c·y² from an integer point: p₁ = p₀ − H⁻¹∇f, with H invertible there.</summary>
    public static DrillQuestion NewtonStep(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        while (true)
        {
            var (a, b, c, x0, y0) = (random.Next(1, 3), random.Next(-3, 4), random.Next(1, 4), random.Next(1, 3), random.Next(-2, 3));
            var determinant = (6 * a * x0 * 2 * c) - (b * b);
            var gradient = ((3 * a * x0 * x0) + (b * y0), (b * x0) + (2 * c * y0));
            if (determinant != 0 && gradient != (0, 0))
            {
                return NewtonStep(a, b, c, x0, y0);
            }
        }
    }

    /// <summary>The question "p₁ = p₀ − H⁻¹∇f" for f(x, y) = a·x³ + b·x·y + c·y².</summary>
    internal static DrillQuestion NewtonStep(int a, int b, int c, int x0, int y0)
    {
        var (x, y) = (Expr.Variable("x"), Expr.Variable("y"));
        var f = ((a * Expr.Pow(x, 3)) + (b * x * y) + (c * Expr.Pow(y, 2))).Simplify();
        string[] names = ["x", "y"];
        var first = names.Select(p => f.Differentiate(p).Simplify()).ToArray();
        var second = names.Select(p => names.Select(q => first[Array.IndexOf(names, p)].Differentiate(q).Simplify()).ToArray()).ToArray();
        var gradient = Vector<double>.Build.Dense(2, i => first[i].Evaluate(("x", x0), ("y", y0)));
        var hessian = Matrix<double>.Build.Dense(2, 2, (i, j) => second[i][j].Evaluate(("x", x0), ("y", y0)));
        if (!LinearSystem.TrySolve(hessian, -gradient, out var delta))
        {
            throw new ArgumentException($"The Hessian at ({x0}, {y0}) is singular: Newton's step is not defined.", nameof(x0));
        }

        double[] next = [x0 + delta[0], y0 + delta[1]];
        var determinant = (hessian[0, 0] * hessian[1, 1]) - (hessian[0, 1] * hessian[1, 0]);
        return new DrillQuestion(
            "a Newton step in two variables",
            $"Take one Newton step on $f(x, y) = {f.ToLatex()}$ from $(x, y) = ({x0}, {y0})$: solve $H\\boldsymbol\\Delta = -\\nabla f$ there and give the new point $(x, y) + \\boldsymbol\\Delta$. (Type `new[] {{ x, y }}`; fractions such as `1.0 / 3` are fine.)",
            ExpectedAnswer.Vector(next, StepTolerance),
            "Work out $\\nabla f$ and the Hessian at the point. For a $2 \\times 2$ matrix, $\\begin{pmatrix} a & b \\\\ c & d \\end{pmatrix}^{-1} = \\frac{1}{ad - bc}\\begin{pmatrix} d & -b \\\\ -c & a \\end{pmatrix}$.",
            $"$\\nabla f = ({first[0].ToLatex()}, {first[1].ToLatex()}) = ({Checks.Show(gradient[0])}, {Checks.Show(gradient[1])})$ and " +
            $"$H = \\begin{{pmatrix}} {second[0][0].ToLatex()} & {second[0][1].ToLatex()} \\\\ {second[1][0].ToLatex()} & {second[1][1].ToLatex()} \\end{{pmatrix}} = \\begin{{pmatrix}} {Checks.Show(hessian[0, 0])} & {Checks.Show(hessian[0, 1])} \\\\ {Checks.Show(hessian[1, 0])} & {Checks.Show(hessian[1, 1])} \\end{{pmatrix}}$ at $({x0}, {y0})$, with $\\det H = {Checks.Show(determinant)}$. " +
            $"Solving $H\\boldsymbol\\Delta = -\\nabla f$ gives $\\boldsymbol\\Delta = ({Checks.Show(delta[0])}, {Checks.Show(delta[1])})$, so the new point is $({x0}, {y0}) + \\boldsymbol\\Delta = ({Checks.Show(next[0])}, {Checks.Show(next[1])})$.");
    }

    /// <summary>The Lagrange conditions for "maximise x·y subject to a·x + b·y = c": (x, y, λ) = (c/2a, c/2b, c/2ab).</summary>
    public static DrillQuestion LagrangeConditions(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        int[] budgets = [2, 4, 6, 8, 12];
        return LagrangeConditions(random.Next(1, 5), random.Next(1, 5), budgets[random.Next(budgets.Length)]);
    }

    /// <summary>The question "solve ∇L = 0 for L = xy − λ(ax + by − c)".</summary>
    internal static DrillQuestion LagrangeConditions(int a, int b, int c)
    {
        var (x, y) = (Expr.Variable("x"), Expr.Variable("y"));
        var constraint = ((a * x) + (b * y)).Simplify();
        var point = LagrangeMultipliers.FindStationaryPoints(
            p => p[0] * p[1],
            p => Vector<double>.Build.Dense([p[1], p[0]]),
            _ => Matrix<double>.Build.DenseOfArray(new double[,] { { 0, 1 }, { 1, 0 } }),
            [new EqualityConstraint(p => (a * p[0]) + (b * p[1]) - c, _ => Vector<double>.Build.Dense([a, b]), _ => Matrix<double>.Build.Dense(2, 2))],
            [[1.0, 1.0]]).Points[0];
        double[] answer = [point.X[0], point.X[1], point.Multipliers[0]];
        return new DrillQuestion(
            "the Lagrange conditions",
            $"Find the point where $f(x, y) = xy$ is stationary on the line ${constraint.ToLatex()} = {c}$, and its multiplier: solve $\\nabla\\mathcal L = 0$ for $\\mathcal L = xy - \\lambda({constraint.ToLatex()} - {c})$. (Type `new[] {{ x, y, λ }}`, the three numbers; fractions such as `3.0 / 2` are fine.)",
            ExpectedAnswer.Vector(answer, StepTolerance),
            "Write the three equations $\\partial\\mathcal L/\\partial x = 0$, $\\partial\\mathcal L/\\partial y = 0$, $\\partial\\mathcal L/\\partial\\lambda = 0$; the first two give $x$ and $y$ in terms of $\\lambda$, and the constraint then fixes $\\lambda$.",
            $"$\\partial\\mathcal L/\\partial x = y - {Coefficient(a)}\\lambda = 0$ and $\\partial\\mathcal L/\\partial y = x - {Coefficient(b)}\\lambda = 0$, so $y = {Coefficient(a)}\\lambda$ and $x = {Coefficient(b)}\\lambda$. " +
            $"The constraint $\\partial\\mathcal L/\\partial\\lambda = -({constraint.ToLatex()} - {c}) = 0$ becomes ${a} \\cdot {Coefficient(b)}\\lambda + {b} \\cdot {Coefficient(a)}\\lambda = {2 * a * b}\\lambda = {c}$, so $\\lambda = {Checks.Show(answer[2])}$, " +
            $"$x = {Coefficient(b)}\\lambda = {Checks.Show(answer[0])}$ and $y = {Coefficient(a)}\\lambda = {Checks.Show(answer[1])}$.");
    }

    /// <summary>A coefficient as written before a letter: nothing for 1.</summary>
    private static string Coefficient(int value) => value == 1 ? string.Empty : value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
