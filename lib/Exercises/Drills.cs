using Calculus.Optimisation;
using Calculus.Symbolic;
using MathNet.Numerics.LinearAlgebra;

namespace Calculus.Exercises;

/// <summary>
/// Drill generators: each makes a <see cref="DrillQuestion"/> from a seeded <see cref="Random"/>, and the expected
/// answer is computed (by the library's differentiation or linear algebra), never typed in. Use with
/// <see cref="Drill.Of"/>: <c>Drill.Of("Drill 1.1", Drills.PowerRule)</c>.
/// </summary>
public static class Drills
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

    /// <summary>The gradient of f(x, y) = a·x²·y + b·y³ at a point: ∇f = (2a·x·y, a·x² + 3b·y²).</summary>
    public static DrillQuestion GradientAtPoint(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var (x, y) = (Expr.Variable("x"), Expr.Variable("y"));
        var (a, b, x0, y0) = (random.Next(1, 5), random.Next(-3, 4), random.Next(-2, 3), random.Next(-2, 3));
        return GradientAtPoint((a * Expr.Pow(x, 2) * y + b * Expr.Pow(y, 3)).Simplify(), x0, y0);
    }

    /// <summary>The question "what is ∇f(x₀, y₀)?" for a function of x and y.</summary>
    internal static DrillQuestion GradientAtPoint(Expr f, int x0, int y0)
    {
        var (fx, fy) = (f.Differentiate("x"), f.Differentiate("y"));
        double[] gradient = [fx.Evaluate(("x", x0), ("y", y0)), fy.Evaluate(("x", x0), ("y", y0))];
        return new DrillQuestion(
            "the gradient at a point",
            $"Give the gradient $\\nabla f = \\left(\\frac{{\\partial f}}{{\\partial x}}, \\frac{{\\partial f}}{{\\partial y}}\\right)$ of $f(x, y) = {f.ToLatex()}$ at $(x, y) = ({x0}, {y0})$.",
            ExpectedAnswer.Vector(gradient),
            "Differentiate with respect to one variable at a time, holding the other constant, then put in the point.",
            $"$\\frac{{\\partial f}}{{\\partial x}} = {fx.ToLatex()}$ and $\\frac{{\\partial f}}{{\\partial y}} = {fy.ToLatex()}$; at $({x0}, {y0})$ they are ${Checks.Show(gradient[0])}$ and ${Checks.Show(gradient[1])}$.");
    }

    /// <summary>The Hessian of f(x, y) = a·x³ + b·x·y + c·y² at a point: [[6a·x, b], [b, 2c]].</summary>
    public static DrillQuestion HessianAtPoint(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var (x, y) = (Expr.Variable("x"), Expr.Variable("y"));
        var (a, b, c, x0, y0) = (random.Next(1, 4), random.Next(-4, 5), random.Next(-3, 4), random.Next(-2, 3), random.Next(-2, 3));
        return HessianAtPoint((a * Expr.Pow(x, 3) + b * x * y + c * Expr.Pow(y, 2)).Simplify(), x0, y0);
    }

    /// <summary>The question "what is the Hessian of f at (x₀, y₀)?" for a function of x and y.</summary>
    internal static DrillQuestion HessianAtPoint(Expr f, int x0, int y0)
    {
        string[] names = ["x", "y"];
        var second = names.Select(p => names.Select(q => f.Differentiate(p).Differentiate(q)).ToArray()).ToArray();
        var hessian = Matrix<double>.Build.Dense(2, 2, (i, j) => second[i][j].Evaluate(("x", x0), ("y", y0)));
        return new DrillQuestion(
            "the Hessian at a point",
            $"Give the Hessian $H = \\begin{{pmatrix}} f_{{xx}} & f_{{xy}} \\\\ f_{{yx}} & f_{{yy}} \\end{{pmatrix}}$ of $f(x, y) = {f.ToLatex()}$ at $(x, y) = ({x0}, {y0})$.",
            ExpectedAnswer.Matrix(hessian),
            "Differentiate twice: $f_{xy}$ is the $y$-derivative of $f_x$. The Hessian is symmetric.",
            $"$f_{{xx}} = {second[0][0].ToLatex()}$, $f_{{xy}} = f_{{yx}} = {second[0][1].ToLatex()}$, $f_{{yy}} = {second[1][1].ToLatex()}$; at $({x0}, {y0})$ that is ${((Answer)hessian)}$.");
    }

    /// <summary>Classify a stationary point from its Hessian's eigenvalues: all positive, a minimum; all negative, a maximum; mixed signs, a saddle.</summary>
    public static DrillQuestion ClassifyStationaryPoint(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var kind = random.Next(3);
        var (l1, l2) = (random.Next(1, 6), random.Next(1, 6));
        (double, double) eigenvalues = kind switch { 0 => (l1, l2), 1 => (-l1, -l2), _ => (l1, -l2) };
        var angle = random.Next(4) * Math.PI / 4;
        var rotation = Matrix<double>.Build.DenseOfArray(new[,] { { Math.Cos(angle), -Math.Sin(angle) }, { Math.Sin(angle), Math.Cos(angle) } });
        return ClassifyStationaryPoint((rotation * Matrix<double>.Build.DenseOfDiagonalArray([eigenvalues.Item1, eigenvalues.Item2]) * rotation.Transpose()).Map(v => Math.Round(v * 2) / 2));
    }

    /// <summary>The question "what kind of stationary point has this Hessian?" for a symmetric 2×2 matrix with no zero eigenvalue.</summary>
    internal static DrillQuestion ClassifyStationaryPoint(Matrix<double> hessian)
    {
        string[] options = ["a minimum", "a maximum", "a saddle point"];
        var computed = LinearSystem.SymmetricEigenvalues(hessian);
        var correct = Curvature.Classify(computed) switch
        {
            StationaryPointKind.Minimum => 0,
            StationaryPointKind.Maximum => 1,
            StationaryPointKind.Saddle => 2,
            _ => throw new ArgumentException("The Hessian has a zero eigenvalue; the drill needs a point the second-order test can classify.", nameof(hessian)),
        };
        return new DrillQuestion(
            "classify a stationary point",
            $"At a stationary point of $f(x, y)$ the Hessian is $H = \\begin{{pmatrix}} {Checks.Show(hessian[0, 0])} & {Checks.Show(hessian[0, 1])} \\\\ {Checks.Show(hessian[1, 0])} & {Checks.Show(hessian[1, 1])} \\end{{pmatrix}}$. Is the point A: {options[0]}, B: {options[1]}, or C: {options[2]}?",
            ExpectedAnswer.Choice(correct, options),
            "Look at the signs of the eigenvalues of $H$ (for a 2×2 matrix: the determinant is their product, the trace their sum).",
            $"$\\det H = {Checks.Show(hessian.Determinant())}$ and $\\operatorname{{tr}} H = {Checks.Show(hessian.Trace())}$, so the eigenvalues are ${Checks.Show(computed[0])}$ and ${Checks.Show(computed[1])}$: the point is {options[correct]}.");
    }

    private static DrillQuestion Differentiation(string title, Expr f, string hint)
    {
        var derivation = Derivative.Of(f, "x");
        var derivative = derivation.Result;
        return new DrillQuestion(
            title,
            $"Differentiate $f(x) = {f.ToLatex()}$ with respect to $x$.",
            ExpectedAnswer.Expression(derivative, variables: "x"),
            hint,
            $"$f'(x) = {derivative.ToLatex()}$.");
    }
}
