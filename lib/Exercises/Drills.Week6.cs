using System.Globalization;
using Calculus.Regression;
using MathNet.Numerics.LinearAlgebra;

namespace Calculus.Exercises;

/// <summary>
/// Week 6's drills: χ² of a few points, the normal equations of a line, one component of ∇χ², reading a p-value, and the
/// two matrix-calculus gradients ∂(xᵀAx)/∂x = (A + Aᵀ)x and ∂‖Ax − b‖²/∂x = 2Aᵀ(Ax − b).
/// </summary>
public static partial class Drills
{
    private static readonly double[] s_week6Sigmas = [0.5, 1, 2];

    /// <summary>χ² = Σ((yᵢ − (a + bxᵢ))/σᵢ)² of three points (x = 0, 1, 2 or 1, 2, 3) and a given line.</summary>
    public static DrillQuestion ChiSquaredOfPoints(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var (a, b) = (random.Next(-2, 4), random.Next(1, 4));
        var first = random.Next(0, 2);
        double[] x = [first, first + 1, first + 2];
        var misses = x.Select(_ => (double)random.Next(-2, 3)).ToArray();
        misses[0] = misses[0] == 0 ? 1 : misses[0]; // never all on the line: χ² = 0 is a dull answer
        var sigma = x.Select(_ => s_week6Sigmas[random.Next(s_week6Sigmas.Length)]).ToArray();
        return ChiSquaredOfPoints(x, x.Select((xi, i) => a + (b * xi) + misses[i]).ToArray(), sigma, a, b);
    }

    /// <summary>The χ² question for the points (xᵢ, yᵢ ± σᵢ) and the line y = a + bx.</summary>
    internal static DrillQuestion ChiSquaredOfPoints(double[] x, double[] y, double[] sigma, double a, double b)
    {
        var data = new Measurements(x, y, sigma);
        var chi = ChiSquared.Of(data, t => a + (b * t));
        var points = string.Join(", ", x.Select((xi, i) => $"$({Shown6(xi)}, {Shown6(y[i])} \\pm {Shown6(sigma[i])})$"));
        var terms = x.Select((xi, i) => $"\\left(\\frac{{{Shown6(y[i])} - {Term6(a + (b * xi))}}}{{{Shown6(sigma[i])}}}\\right)^2").ToArray();
        var values = x.Select((xi, i) => Math.Pow((y[i] - a - (b * xi)) / sigma[i], 2)).Select(Shown6);
        return new DrillQuestion(
            "χ² of a few points",
            $"The measurements (x, y ± σ) are {points}, and the model is the line $f(x) = {Line6(a, b)}$. What is $\\chi^2$?",
            ExpectedAnswer.Number(chi),
            "Work out $f(x_i)$ at each point, the residual $y_i - f(x_i)$, divide it by that point's own $\\sigma_i$, square, and add.",
            $"The model gives $f = {string.Join(", ", x.Select(xi => Shown6(a + (b * xi))))}$ at the three points, so $\\chi^2 = {string.Join(" + ", terms)} = {string.Join(" + ", values)} = {Shown6(chi)}$.");
    }

    /// <summary>The best line y = a + bx through 3 or 4 points with equal σ: the normal equations n·a + Sx·b = Sy, Sx·a + Sxx·b = Sxy.</summary>
    public static DrillQuestion LineNormalEquations(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var count = random.Next(3, 5);
        var x = Enumerable.Range(0, 5).OrderBy(_ => random.Next()).Take(count).Order().Select(v => (double)v).ToArray();
        var y = x.Select(_ => (double)random.Next(-1, 7)).ToArray();
        if (y.Distinct().Count() == 1)
        {
            y[^1] += 2; // a flat row of points has slope 0
        }

        return LineNormalEquations(x, y);
    }

    /// <summary>The normal-equations question for the points (xᵢ, yᵢ), all with the same σ.</summary>
    internal static DrillQuestion LineNormalEquations(double[] x, double[] y)
    {
        var n = x.Length;
        var (sx, sy) = (x.Sum(), y.Sum());
        var (sxx, sxy) = (x.Sum(v => v * v), x.Select((v, i) => v * y[i]).Sum());
        var delta = (n * sxx) - (sx * sx);
        var b = ((n * sxy) - (sx * sy)) / delta;
        var a = ((sxx * sy) - (sx * sxy)) / delta;
        var points = string.Join(", ", x.Select((xi, i) => $"$({Shown6(xi)}, {Shown6(y[i])})$"));
        return new DrillQuestion(
            "the normal equations for a line",
            $"Fit the line $y = a + bx$ by least squares to the {n} points {points}, all with the same $\\sigma$ (so every weight is 1). Give $(a, b)$ as `new[] {{ a, b }}`, to at least four decimals.",
            ExpectedAnswer.Vector([a, b], 1e-4),
            "With every $w_i = 1$, $S$ is the number of points. Form $S_x, S_y, S_{xx}, S_{xy}$, write the two normal equations, and solve the 2×2 system (eliminate $a$, or use $\\Delta = S\\,S_{xx} - S_x^2$).",
            $"$S = {n}$, $S_x = {Shown6(sx)}$, $S_y = {Shown6(sy)}$, $S_{{xx}} = {Shown6(sxx)}$, $S_{{xy}} = {Shown6(sxy)}$. The normal equations are ${n}a + {Shown6(sx)}b = {Shown6(sy)}$ and ${Shown6(sx)}a + {Shown6(sxx)}b = {Shown6(sxy)}$. "
            + $"With $\\Delta = {n} \\cdot {Shown6(sxx)} - {Term6(sx)}^2 = {Shown6(delta)}$: $b = ({n} \\cdot {Shown6(sxy)} - {Shown6(sx)} \\cdot {Shown6(sy)})/{Shown6(delta)} = {Shown6(b)}$ and $a = ({Shown6(sxx)} \\cdot {Shown6(sy)} - {Shown6(sx)} \\cdot {Shown6(sxy)})/{Shown6(delta)} = {Shown6(a)}$: the answer is $({Shown6(a)}, {Shown6(b)})$.");
    }

    /// <summary>One component of ∇χ² for the line f(x) = a + bx at given (a, b): ∂χ²/∂θ = −2 Σ wᵢ(yᵢ − f(xᵢ)) ∂f/∂θ.</summary>
    public static DrillQuestion ChiSquaredGradient(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        double[] x = [1, 2, 3];
        var y = x.Select(_ => (double)random.Next(0, 7)).ToArray();
        var sigma = x.Select(_ => s_week6Sigmas[random.Next(s_week6Sigmas.Length)]).ToArray();
        var (a, b) = (random.Next(-1, 3), random.Next(0, 3));
        var question = ChiSquaredGradient(x, y, sigma, a, b, random.Next(2) == 0 ? "a" : "b");
        return question.Expected.Shown == "0" ? ChiSquaredGradient(x, y, sigma, a + 1, b, "a") : question;
    }

    /// <summary>The question ∂χ²/∂<paramref name="parameter"/> ("a" or "b") for the line a + bx and the points (xᵢ, yᵢ ± σᵢ), at the given a and b.</summary>
    internal static DrillQuestion ChiSquaredGradient(double[] x, double[] y, double[] sigma, double a, double b, string parameter)
    {
        var byA = parameter switch
        {
            "a" => true,
            "b" => false,
            _ => throw new ArgumentException($"Expected the parameter \"a\" or \"b\"; got \"{parameter}\".", nameof(parameter)),
        };
        var residuals = x.Select((xi, i) => y[i] - a - (b * xi)).ToArray();
        var dfs = byA ? x.Select(_ => 1.0).ToArray() : x;
        var terms = x.Select((_, i) => residuals[i] * dfs[i] / (sigma[i] * sigma[i])).ToArray();
        var slope = -2 * terms.Sum();
        var points = string.Join(", ", x.Select((xi, i) => $"$({Shown6(xi)}, {Shown6(y[i])} \\pm {Shown6(sigma[i])})$"));
        var pieces = string.Join(" + ", x.Select((_, i) => $"\\frac{{{Shown6(residuals[i])} \\cdot {Shown6(dfs[i])}}}{{{Shown6(sigma[i] * sigma[i])}}}"));
        return new DrillQuestion(
            "a component of the gradient of χ²",
            $"The measurements (x, y ± σ) are {points}, and the model is $f(x) = a + bx$. What is $\\frac{{\\partial \\chi^2}}{{\\partial {parameter}}}$ at $a = {Shown6(a)}$, $b = {Shown6(b)}$?",
            ExpectedAnswer.Number(slope),
            $"$\\chi^2 = \\sum_i w_i\\,(y_i - f(x_i))^2$ with $w_i = 1/\\sigma_i^2$. Differentiate each term by the chain rule: you need the residuals at these $a, b$ and $\\partial f/\\partial {parameter}$ at each $x_i$.",
            $"$\\frac{{\\partial \\chi^2}}{{\\partial {parameter}}} = -2\\sum_i w_i\\,(y_i - f(x_i))\\,\\frac{{\\partial f}}{{\\partial {parameter}}}$ with $\\frac{{\\partial f}}{{\\partial {parameter}}} = {(byA ? "1" : "x_i")}$. "
            + $"The residuals are ${string.Join(", ", residuals.Select(Shown6))}$, so $\\frac{{\\partial \\chi^2}}{{\\partial {parameter}}} = -2\\left({pieces}\\right) = -2 \\cdot {Term6(terms.Sum())} = {Shown6(slope)}$.");
    }

    private static readonly string[] s_week6Verdicts =
    [
        "acceptable: the model misses the points by about their uncertainties",
        "bad: a right model would almost never miss the data this much",
        "too good to be true: the σᵢ are too large, or the model follows the noise",
    ];

    /// <summary>Reading χ², ν and p = P(X ≥ χ²): acceptable, bad (p &lt; 0.01) or too good (p &gt; 0.99), as a choice.</summary>
    public static DrillQuestion PValueReading(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        double[] low = [0.8, 2.2, 0.12];
        double[] high = [1.15, 3.5, 0.3];
        while (true)
        {
            var nu = random.Next(5, 41);
            var kind = random.Next(3);
            var ratio = low[kind] + ((high[kind] - low[kind]) * random.NextDouble());
            var chiSquared = Math.Round(ratio * nu, 1);

            // Draw again when p is near a cut-off (0.001–0.05 or 0.95–0.999), where "about 0.01" would not decide.
            var p = ChiSquared.PValue(chiSquared, nu);
            if (p < 0.001 || (p > 0.05 && p < 0.95) || p > 0.999)
            {
                return PValueReading(chiSquared, nu);
            }
        }
    }

    /// <summary>The p-value question for a fit with the given χ² on ν degrees of freedom.</summary>
    internal static DrillQuestion PValueReading(double chiSquared, int degreesOfFreedom)
    {
        var p = ChiSquared.PValue(chiSquared, degreesOfFreedom);
        var verdict = p < 0.01 ? 1 : p > 0.99 ? 2 : 0;
        var shownP = p.ToString("G3", CultureInfo.InvariantCulture);
        var ratio = (chiSquared / degreesOfFreedom).ToString("G3", CultureInfo.InvariantCulture);
        var reading = verdict switch
        {
            1 => $"$p = {shownP}$ is below 0.01: a right model with honest $\\sigma_i$ would give a $\\chi^2$ this large less than once in a hundred tries. The fit is bad",
            2 => $"$p = {shownP}$ is above 0.99: a right model would give a $\\chi^2$ this small less than once in a hundred tries. It is too good to be true",
            _ => $"$p = {shownP}$ is neither tiny nor close to 1: a right model gives a $\\chi^2$ like this often. The fit is acceptable",
        };
        return new DrillQuestion(
            "reading a p-value",
            $"A fit gives $\\chi^2 = {Shown6(chiSquared)}$ on $\\nu = {degreesOfFreedom}$ degrees of freedom, and $p = P(X \\ge \\chi^2) = {shownP}$. Is the fit\n\n" + string.Join("\n", s_week6Verdicts.Select((v, i) => $"- **{(char)('A' + i)}**: {v}")) + "\n\nAnswer with the letter.",
            ExpectedAnswer.Choice(verdict, s_week6Verdicts),
            "Compare $\\chi^2/\\nu$ with 1, keeping in mind that $\\chi^2$ scatters by about $\\sqrt{2\\nu}$; the p-value makes that precise. A p-value below about 0.01 or above about 0.99 is a surprise.",
            $"$\\chi^2/\\nu = {ratio}$, and {reading}: {(char)('A' + verdict)}.");
    }

    /// <summary>The gradient of the quadratic form xᵀAx for a 2×2 A that is not symmetric: ∂(xᵀAx)/∂x = (A + Aᵀ)x.</summary>
    public static DrillQuestion QuadraticFormGradient(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var a = Matrix<double>.Build.Dense(2, 2, (_, _) => random.Next(-3, 4));
        a[0, 1] = a[1, 0] + random.Next(1, 3); // not symmetric, so that 2Ax is wrong
        var x = new double[] { random.Next(1, 4), random.Next(-2, 3) };
        return QuadraticFormGradient(a, x);
    }

    /// <summary>The question ∂(xᵀAx)/∂x at <paramref name="x"/> for the matrix <paramref name="a"/>.</summary>
    internal static DrillQuestion QuadraticFormGradient(Matrix<double> a, double[] x)
    {
        var v = Vector<double>.Build.DenseOfArray(x);
        var (ax, atx) = (a * v, a.Transpose() * v);
        var gradient = ax + atx;
        return new DrillQuestion(
            "the gradient of a quadratic form",
            $"Let $A = {Matrix6(a)}$ and $\\mathbf{{x}} = {Column6(v)}$. What is $\\frac{{\\partial}}{{\\partial \\mathbf{{x}}}}\\left(\\mathbf{{x}}^{{\\mathsf T}}A\\mathbf{{x}}\\right)$ at this $\\mathbf{{x}}$?",
            ExpectedAnswer.Vector(gradient.ToArray()),
            "Each entry of $A$ meets $\\mathbf{x}$ twice in $\\mathbf{x}^{\\mathsf T}A\\mathbf{x} = \\sum_{i,j} x_i A_{ij} x_j$, once on each side. The identity from the section gives the gradient; $A$ is not symmetric here, so mind both halves.",
            $"$\\frac{{\\partial}}{{\\partial \\mathbf{{x}}}}\\left(\\mathbf{{x}}^{{\\mathsf T}}A\\mathbf{{x}}\\right) = (A + A^{{\\mathsf T}})\\mathbf{{x}} = A\\mathbf{{x}} + A^{{\\mathsf T}}\\mathbf{{x}} = {Column6(ax)} + {Column6(atx)} = {Column6(gradient)}$: the answer is $({string.Join(", ", gradient.Select(Shown6))})$.");
    }

    /// <summary>The gradient of the squared residual ‖Ax − b‖² for a 3×2 A: ∂‖Ax − b‖²/∂x = 2Aᵀ(Ax − b).</summary>
    public static DrillQuestion LeastSquaresGradient(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var a = Matrix<double>.Build.Dense(3, 2, (_, _) => random.Next(-2, 3));
        a[0, 0] = 1; // a column of A is never all zero
        a[2, 1] = random.Next(1, 3);
        var x = new double[] { random.Next(-2, 3), random.Next(1, 3) };
        var b = new double[] { random.Next(-3, 4), random.Next(-3, 4), random.Next(-3, 4) };
        var question = LeastSquaresGradient(a, x, b);
        return question.Expected.Shown == "(0, 0)" ? LeastSquaresGradient(a, x, [b[0] + 1, b[1], b[2]]) : question;
    }

    /// <summary>The question ∂‖Ax − b‖²/∂x at <paramref name="x"/> for <paramref name="a"/> and <paramref name="b"/>.</summary>
    internal static DrillQuestion LeastSquaresGradient(Matrix<double> a, double[] x, double[] b)
    {
        var (xv, bv) = (Vector<double>.Build.DenseOfArray(x), Vector<double>.Build.DenseOfArray(b));
        var residual = (a * xv) - bv;
        var gradient = 2 * (a.Transpose() * residual);
        return new DrillQuestion(
            "the gradient of a sum of squared residuals",
            $"Let $A = {Matrix6(a)}$, $\\mathbf{{x}} = {Column6(xv)}$ and $\\mathbf{{b}} = {Column6(bv)}$. What is $\\frac{{\\partial}}{{\\partial \\mathbf{{x}}}}\\lVert A\\mathbf{{x}} - \\mathbf{{b}}\\rVert^2$ at this $\\mathbf{{x}}$?",
            ExpectedAnswer.Vector(gradient.ToArray()),
            "Find the residual vector $\\mathbf{r} = A\\mathbf{x} - \\mathbf{b}$ first. The gradient has one entry per component of $\\mathbf{x}$, so the result has as many entries as $A$ has columns.",
            $"$\\mathbf{{r}} = A\\mathbf{{x}} - \\mathbf{{b}} = {Column6(a * xv)} - {Column6(bv)} = {Column6(residual)}$, and $\\frac{{\\partial}}{{\\partial \\mathbf{{x}}}}\\lVert A\\mathbf{{x}} - \\mathbf{{b}}\\rVert^2 = 2A^{{\\mathsf T}}\\mathbf{{r}} = 2 \\cdot {Column6(a.Transpose() * residual)} = {Column6(gradient)}$: the answer is $({string.Join(", ", gradient.Select(Shown6))})$.");
    }

    private static string Shown6(double value) => Checks.Show(value == 0 ? 0.0 : value);

    /// <summary>A number as it reads after an operator: negative ones in brackets, "2 − (−1)".</summary>
    private static string Term6(double value) => value < 0 ? $"({Shown6(value)})" : Shown6(value);

    private static string Line6(double a, double b) => (a, b) switch
    {
        (0, 1) => "x",
        (0, _) => $"{Shown6(b)}x",
        (_, 1) => $"{Shown6(a)} + x",
        _ => $"{Shown6(a)} + {Shown6(b)}x",
    };

    private static string Matrix6(Matrix<double> m) =>
        "\\begin{pmatrix} " + string.Join(" \\\\ ", Enumerable.Range(0, m.RowCount).Select(i => string.Join(" & ", m.Row(i).Select(Shown6)))) + " \\end{pmatrix}";

    private static string Column6(Vector<double> v) => "\\begin{pmatrix} " + string.Join(" \\\\ ", v.Select(Shown6)) + " \\end{pmatrix}";
}
