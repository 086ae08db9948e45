using Calculus.Exercises;

namespace Calculus.Tests.Exercises;

/// <summary>
/// Week 5's drills (a Newton–Raphson step, a gradient-descent step, a Newton step in two variables, the Lagrange
/// conditions): each expected answer against a value worked out by hand and against an independent computation.
/// </summary>
public sealed class DrillsWeek5Tests
{
    // The hand values below are exact fractions; the drills accept four decimals, but compute exactly.
    private const double Exact = 1e-12;

    private static double ExpectedNumber(DrillQuestion question) => double.Parse(question.Expected.Shown, System.Globalization.CultureInfo.InvariantCulture);

    private static double[] ExpectedVector(DrillQuestion question) =>
        question.Expected.Shown.Trim('(', ')').Split(", ").Select(v => double.Parse(v, System.Globalization.CultureInfo.InvariantCulture)).ToArray();

    [Fact]
    public void NewtonRaphsonStep_CubicFromTwo_IsTheHandStep()
    {
        // f = x³ − 2x − 5 at 2: f = −1, f' = 10, so x₁ = 2 + 1/10 = 2.1.
        var question = Drills.NewtonRaphsonStep(-2, -5, 2);

        Assert.Equal(2.1, ExpectedNumber(question), Exact);
        Assert.Null(question.Expected.Judge(2.1, 1));
        Assert.NotNull(question.Expected.Judge(1.9, 1));
    }

    [Fact]
    public void NewtonRaphsonStep_AgreesWithACentralDifferenceTangent()
    {
        // The tangent's slope by a central difference instead of the symbolic derivative.
        static double F(double x) => (x * x * x) + (3 * x) - 4;
        const double h = 1e-5;
        var slope = (F(-1 + h) - F(-1 - h)) / (2 * h);

        Assert.Equal(-1 - (F(-1) / slope), ExpectedNumber(Drills.NewtonRaphsonStep(3, -4, -1)), 1e-8);
    }

    [Fact]
    public void GradientDescentStep_IsTheHandStep()
    {
        // f = x² + 2xy + 3y² at (1, −1): ∇f = (2x + 2y, 2x + 6y) = (0, −4); with α = 0.25, p₁ = (1, −1) − 0.25(0, −4) = (1, 0).
        Assert.Equal([1, 0], ExpectedVector(Drills.GradientDescentStep(1, 2, 3, 1, -1, 0.25)), new ToleranceComparer(Exact));
    }

    [Fact]
    public void GradientDescentStep_AgreesWithCentralDifferences()
    {
        static double F(double x, double y) => (2 * x * x) - (3 * x * y) + (y * y);
        const double h = 1e-5;
        var (gx, gy) = ((F(2 + h, 1) - F(2 - h, 1)) / (2 * h), (F(2, 1 + h) - F(2, 1 - h)) / (2 * h));

        Assert.Equal([2 - (0.1 * gx), 1 - (0.1 * gy)], ExpectedVector(Drills.GradientDescentStep(2, -3, 1, 2, 1, 0.1)), new ToleranceComparer(1e-8));
    }

    [Fact]
    public void NewtonStep_IsTheHandStep()
    {
        // f = x³ + xy + y² at (1, 1): ∇f = (3x² + y, x + 2y) = (4, 3), H = [[6x, 1], [1, 2]] = [[6, 1], [1, 2]], det 11.
        // Δ = −H⁻¹∇f = −(1/11)[[2, −1], [−1, 6]](4, 3) = −(1/11)(5, 14), so p₁ = (1 − 5/11, 1 − 14/11) = (6/11, −3/11).
        Assert.Equal([6.0 / 11, -3.0 / 11], ExpectedVector(Drills.NewtonStep(1, 1, 1, 1, 1)), new ToleranceComparer(1e-9));
    }

    [Fact]
    public void NewtonStep_LandsWhereTheQuadraticModelIsFlat()
    {
        // Independent: the model's gradient ∇f(p₀) + H(p₀)(p₁ − p₀), with ∇f and H by central differences, vanishes at p₁.
        static double F(double x, double y) => (2 * x * x * x) - (2 * x * y) + (3 * y * y);
        const double h = 1e-4;
        var (x0, y0) = (2.0, -1.0);
        var gx = (F(x0 + h, y0) - F(x0 - h, y0)) / (2 * h);
        var gy = (F(x0, y0 + h) - F(x0, y0 - h)) / (2 * h);
        var hxx = (F(x0 + h, y0) - (2 * F(x0, y0)) + F(x0 - h, y0)) / (h * h);
        var hyy = (F(x0, y0 + h) - (2 * F(x0, y0)) + F(x0, y0 - h)) / (h * h);
        var hxy = (F(x0 + h, y0 + h) - F(x0 + h, y0 - h) - F(x0 - h, y0 + h) + F(x0 - h, y0 - h)) / (4 * h * h);
        var p1 = ExpectedVector(Drills.NewtonStep(2, -2, 3, 2, -1));
        var (dx, dy) = (p1[0] - x0, p1[1] - y0);

        Assert.Equal(0, gx + (hxx * dx) + (hxy * dy), 1e-4);
        Assert.Equal(0, gy + (hxy * dx) + (hyy * dy), 1e-4);
    }

    [Fact]
    public void LagrangeConditions_IsTheHandSolution()
    {
        // xy on x + 2y = 4: y = λ, x = 2λ, 2λ + 2λ = 4 so λ = 1, (x, y) = (2, 1).
        Assert.Equal([2, 1, 1], ExpectedVector(Drills.LagrangeConditions(1, 2, 4)), new ToleranceComparer(1e-9));
    }

    [Fact]
    public void LagrangeConditions_AgreesWithASweepAlongTheLine()
    {
        // On 3x + 2y = 6, y = (6 − 3x)/2 and xy is largest where a sweep of x says; λ = y/a.
        var best = Enumerable.Range(0, 200_001).Select(k => -5 + (10.0 * k / 200_000)).MaxBy(x => x * (6 - (3 * x)) / 2);
        var answer = ExpectedVector(Drills.LagrangeConditions(3, 2, 6));

        Assert.Equal(best, answer[0], 1e-4);
        Assert.Equal((6 - (3 * best)) / 2, answer[1], 1e-4);
        Assert.Equal(answer[1] / 3, answer[2], 1e-9);
    }
}
