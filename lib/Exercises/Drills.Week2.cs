using Calculus.Optimisation;
using Calculus.Symbolic;
using MathNet.Numerics.LinearAlgebra;

namespace Calculus.Exercises;

/// <summary>Week 2's drills: gradients, Hessians and stationary points.</summary>
public static partial class Drills
{
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
}
