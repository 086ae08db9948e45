using Calculus.Optimisation;
using Calculus.Symbolic;
using MathNet.Numerics.LinearAlgebra;

namespace Calculus.Exercises;

/// <summary>Week 2's drills: partial derivatives, the total derivative, directional derivatives, Jacobians, Hessians and stationary points.</summary>
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
            $"$f_{{xx}} = {second[0][0].ToLatex()}$, $f_{{xy}} = f_{{yx}} = {second[0][1].ToLatex()}$, $f_{{yy}} = {second[1][1].ToLatex()}$; at $({x0}, {y0})$ that is ${MatrixLatex(Enumerable.Range(0, 2).Select(i => hessian.Row(i).Select(Checks.Show).ToArray()).ToArray())}$.");
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

    /// <summary>A partial derivative of f(x, y) = a·xᵐ·yⁿ + b·g(c·x) + d·h(y): ∂f/∂x or ∂f/∂y, every other variable held constant.</summary>
    public static DrillQuestion PartialDerivative(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var (x, y) = (Expr.Variable("x"), Expr.Variable("y"));
        var (a, m, n, b, c, d) = (random.Next(2, 6), random.Next(1, 4), random.Next(1, 4), random.Next(1, 4), random.Next(2, 4), random.Next(1, 5));
        var inX = random.Next(3) switch { 0 => Expr.Sin(c * x), 1 => Expr.Exp(c * x), _ => Expr.Cos(c * x) };
        var inY = random.Next(2) == 0 ? Expr.Exp(y) : Expr.Pow(y, 2);
        var f = (a * Expr.Pow(x, m) * Expr.Pow(y, n) + b * inX + d * inY).Simplify();
        return PartialDerivative(f, random.Next(2) == 0 ? "x" : "y");
    }

    /// <summary>The question "what is ∂f/∂<paramref name="variable"/>?" for a function of x and y.</summary>
    internal static DrillQuestion PartialDerivative(Expr f, string variable)
    {
        ArgumentNullException.ThrowIfNull(f);
        var other = variable switch
        {
            "x" => "y",
            "y" => "x",
            _ => throw new ArgumentException($"The variable must be \"x\" or \"y\"; got \"{variable}\".", nameof(variable)),
        };
        var derivative = f.Differentiate(variable);
        return new DrillQuestion(
            "a partial derivative",
            $"Give $\\frac{{\\partial f}}{{\\partial {variable}}}$ for $f(x, y) = {f.ToLatex()}$.",
            ExpectedAnswer.Expression(derivative, null, "x", "y"),
            $"Treat ${other}$ as a number: a term without ${variable}$ is a constant and vanishes, and a factor made only of ${other}$ stays as a constant multiple.",
            $"Holding ${other}$ constant, $\\frac{{\\partial f}}{{\\partial {variable}}} = {derivative.ToLatex()}$.");
    }

    /// <summary>The total derivative df/dt of f(x(t), y(t)) along a path: df/dt = ∂f/∂x·dx/dt + ∂f/∂y·dy/dt, as an expression in t.</summary>
    public static DrillQuestion TotalDerivative(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var t = Expr.Variable("t");
        var (a, b) = (random.Next(1, 4), random.Next(1, 4));
        Func<Expr, Expr, Expr> f = random.Next(3) switch
        {
            0 => (x, y) => a * Expr.Pow(x, 2) * y,
            1 => (x, y) => (a * x * y) + (b * Expr.Pow(y, 2)),
            _ => (x, y) => (a * Expr.Pow(x, 2)) + (b * x * y),
        };
        var xOfT = random.Next(3) switch { 0 => Expr.Cos(t), 1 => Expr.Pow(t, 2), _ => (2 * t) + 1 };
        var yOfT = random.Next(3) switch { 0 => Expr.Sin(t), 1 => Expr.Pow(t, 3), _ => t - 1 };
        return TotalDerivative(f, xOfT, yOfT);
    }

    /// <summary>The question "what is df/dt along x = x(t), y = y(t)?" for f written as a function of two expressions.</summary>
    internal static DrillQuestion TotalDerivative(Func<Expr, Expr, Expr> f, Expr xOfT, Expr yOfT)
    {
        ArgumentNullException.ThrowIfNull(f);
        var fOfXy = f(Expr.Variable("x"), Expr.Variable("y")).Simplify();
        var dfdt = f(xOfT, yOfT).Simplify().Differentiate("t");
        var (fx, fy) = (fOfXy.Differentiate("x"), fOfXy.Differentiate("y"));
        var (dx, dy) = (xOfT.Differentiate("t"), yOfT.Differentiate("t"));
        return new DrillQuestion(
            "the total derivative along a path",
            $"A point moves along the path $x = {xOfT.ToLatex()}$, $y = {yOfT.ToLatex()}$. Give $\\frac{{df}}{{dt}}$ for $f(x, y) = {fOfXy.ToLatex()}$ along it, as an expression in $t$.",
            ExpectedAnswer.Expression(dfdt, null, "t"),
            "Use the total derivative: each partial derivative of $f$ times the rate at which its variable changes, added up; then write $x$ and $y$ in terms of $t$. (Substituting first and differentiating in $t$ gives the same.)",
            $"$\\frac{{\\partial f}}{{\\partial x}} = {fx.ToLatex()}$, $\\frac{{\\partial f}}{{\\partial y}} = {fy.ToLatex()}$, $\\frac{{dx}}{{dt}} = {dx.ToLatex()}$, $\\frac{{dy}}{{dt}} = {dy.ToLatex()}$. With $x = {xOfT.ToLatex()}$ and $y = {yOfT.ToLatex()}$, $\\frac{{df}}{{dt}} = \\frac{{\\partial f}}{{\\partial x}}\\frac{{dx}}{{dt}} + \\frac{{\\partial f}}{{\\partial y}}\\frac{{dy}}{{dt}} = {dfdt.ToLatex()}$.");
    }

    /// <summary>The directional derivative of f(x, y) = a·x² + b·x·y + c·y² at a point along a unit vector û: D_û f = ∇f·û.</summary>
    public static DrillQuestion DirectionalDerivative(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var (x, y) = (Expr.Variable("x"), Expr.Variable("y"));
        var (a, b, c, x0, y0) = (random.Next(1, 4), random.Next(-3, 4), random.Next(-2, 3), random.Next(-2, 3), random.Next(-2, 3));
        (double, double)[] directions = [(0.6, 0.8), (-0.8, 0.6), (0.8, -0.6), (0, 1), (-1, 0), (0.6, -0.8)];
        return DirectionalDerivative((a * Expr.Pow(x, 2) + b * x * y + c * Expr.Pow(y, 2)).Simplify(), x0, y0, directions[random.Next(directions.Length)]);
    }

    /// <summary>The question "what is the slope of f at (x₀, y₀) in the direction û?" for a function of x and y and a unit vector û.</summary>
    internal static DrillQuestion DirectionalDerivative(Expr f, int x0, int y0, (double X, double Y) direction)
    {
        ArgumentNullException.ThrowIfNull(f);
        if (Math.Abs(Math.Sqrt((direction.X * direction.X) + (direction.Y * direction.Y)) - 1) > 1e-12)
        {
            throw new ArgumentException($"The direction must be a unit vector; got ({direction.X}, {direction.Y}).", nameof(direction));
        }

        var (fx, fy) = (f.Differentiate("x"), f.Differentiate("y"));
        var (gx, gy) = (fx.Evaluate(("x", x0), ("y", y0)), fy.Evaluate(("x", x0), ("y", y0)));
        var slope = (gx * direction.X) + (gy * direction.Y);
        var u = $"\\hat u = ({Checks.Show(direction.X)}, {Checks.Show(direction.Y)})";
        return new DrillQuestion(
            "a directional derivative",
            $"Give the slope $D_{{\\hat u}} f$ of $f(x, y) = {f.ToLatex()}$ at $(x, y) = ({x0}, {y0})$ in the direction of the unit vector ${u}$.",
            ExpectedAnswer.Number(slope),
            "Find the gradient at the point first; the slope in a direction is how much of the gradient lies along that direction.",
            $"$\\nabla f = ({fx.ToLatex()},\\ {fy.ToLatex()})$, which at $({x0}, {y0})$ is $({Checks.Show(gx)}, {Checks.Show(gy)})$. Then $D_{{\\hat u}} f = \\nabla f \\cdot \\hat u = {Factor(gx)} \\cdot {Factor(direction.X)} + {Factor(gy)} \\cdot {Factor(direction.Y)} = {Checks.Show(slope)}$.");
    }

    /// <summary>The 3×3 Jacobian J_ij = ∂f_i/∂x_j of a map (x, y, z) ↦ (f₁, f₂, f₃) at a point.</summary>
    public static DrillQuestion JacobianThreeByThree(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var (x, y, z) = (Expr.Variable("x"), Expr.Variable("y"), Expr.Variable("z"));
        var (a, b, c) = (random.Next(1, 4), random.Next(1, 4), random.Next(1, 4));
        Expr[] f =
        [
            random.Next(2) == 0 ? (a * x * y) + z : (a * x) + (y * z),
            random.Next(2) == 0 ? (b * Expr.Pow(y, 2)) - (x * z) : (x * y * z) - (b * y),
            random.Next(2) == 0 ? Expr.Pow(x, 2) + (c * z) : (c * x * z) + Expr.Pow(y, 2),
        ];
        return JacobianAtPoint(f.Select(e => e.Simplify()).ToArray(), ["x", "y", "z"], [random.Next(-2, 3), random.Next(-2, 3), random.Next(-2, 3)]);
    }

    /// <summary>A non-square Jacobian at a point: 2×3 for a map (x, y, z) ↦ (f₁, f₂), or 3×2 for a map (x, y) ↦ (f₁, f₂, f₃).</summary>
    public static DrillQuestion JacobianNonSquare(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var (x, y, z) = (Expr.Variable("x"), Expr.Variable("y"), Expr.Variable("z"));
        var (a, b) = (random.Next(1, 4), random.Next(1, 4));
        if (random.Next(2) == 0)
        {
            Expr[] wide = [(a * x * y) + Expr.Pow(z, 2), (x * z) - (b * y)];
            return JacobianAtPoint(wide.Select(e => e.Simplify()).ToArray(), ["x", "y", "z"], [random.Next(-2, 3), random.Next(-2, 3), random.Next(-2, 3)]);
        }

        Expr[] tall = [x + (a * y), x * y, (b * Expr.Pow(x, 2)) - Expr.Pow(y, 2)];
        return JacobianAtPoint(tall.Select(e => e.Simplify()).ToArray(), ["x", "y"], [random.Next(-2, 3), random.Next(-2, 3)]);
    }

    /// <summary>The question "what is the Jacobian of f at this point?" for any number of outputs and inputs.</summary>
    internal static DrillQuestion JacobianAtPoint(Expr[] f, string[] variables, int[] point)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(variables);
        ArgumentNullException.ThrowIfNull(point);
        if (point.Length != variables.Length)
        {
            throw new ArgumentException($"The point needs one coordinate per variable ({variables.Length}); got {point.Length}.", nameof(point));
        }

        var at = variables.Zip(point, (name, value) => (name, (double)value)).ToArray();
        var entries = f.Select(fi => variables.Select(v => fi.Differentiate(v)).ToArray()).ToArray();
        var jacobian = Matrix<double>.Build.Dense(f.Length, variables.Length, (i, j) => entries[i][j].Evaluate(at));
        var shape = $"{f.Length} \\times {variables.Length}";
        var inputs = string.Join(", ", variables);
        return new DrillQuestion(
            $"a {f.Length}×{variables.Length} Jacobian",
            $"Give the ${shape}$ Jacobian $J_{{ij}} = \\partial f_i / \\partial x_j$ of $f({inputs}) = {ColumnLatex(f.Select(e => e.ToLatex()))}$ at $({inputs}) = ({string.Join(", ", point)})$.",
            ExpectedAnswer.Matrix(jacobian),
            $"One row per output $f_i$, one column per input (${string.Join("$, $", variables)}$, in that order): row $i$ is the gradient of $f_i$.",
            $"$J = {MatrixLatex(entries.Select(row => row.Select(e => e.ToLatex()).ToArray()).ToArray())}$, which at $({string.Join(", ", point)})$ is ${MatrixLatex(Enumerable.Range(0, jacobian.RowCount).Select(i => jacobian.Row(i).Select(Checks.Show).ToArray()).ToArray())}$.");
    }

    private static string Factor(double value) => value < 0 ? $"({Checks.Show(value)})" : Checks.Show(value);

    private static string ColumnLatex(IEnumerable<string> entries) => "\\begin{pmatrix} " + string.Join(" \\\\ ", entries) + " \\end{pmatrix}";

    private static string MatrixLatex(string[][] rows) => "\\begin{pmatrix} " + string.Join(" \\\\ ", rows.Select(r => string.Join(" & ", r))) + " \\end{pmatrix}";
}
