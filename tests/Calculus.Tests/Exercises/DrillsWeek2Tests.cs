using Calculus.Exercises;
using Calculus.FiniteDifferences;
using Calculus.Symbolic;
using MathNet.Numerics.LinearAlgebra;

namespace Calculus.Tests.Exercises;

/// <summary>
/// Week 2's new drills (partial and total derivatives, directional derivatives, Jacobians of any shape): each expected
/// answer against a value worked out by hand and against central differences.
/// </summary>
public sealed class DrillsWeek2Tests
{
    // Central differences with the default step are good to about 1e-8 on these smooth functions.
    private const double DifferenceTolerance = 1e-6;

    private static readonly Expr s_x = Expr.Variable("x");
    private static readonly Expr s_y = Expr.Variable("y");
    private static readonly Expr s_z = Expr.Variable("z");
    private static readonly Expr s_t = Expr.Variable("t");

    [Fact]
    public void PartialDerivative_XSquaredYPlusExpY_ExpectsTheHandPartials()
    {
        var f = (Expr.Pow(s_x, 2) * s_y) + Expr.Exp(s_y);

        var byX = Drills.PartialDerivative(f, "x");
        var byY = Drills.PartialDerivative(f, "y");

        // By hand: ∂f/∂x = 2xy (y held constant), ∂f/∂y = x² + e^y.
        Assert.Null(byX.Expected.Judge("2*x*y", seed: 1));
        Assert.NotNull(byX.Expected.Judge("2*x", seed: 1));
        Assert.Null(byY.Expected.Judge("x^2 + exp(y)", seed: 1));
        Assert.NotNull(byY.Expected.Judge("x^2", seed: 1));
    }

    [Fact]
    public void PartialDerivative_StatedAnswers_AgreeWithCentralDifferences()
    {
        var f = (3 * Expr.Pow(s_x, 2) * Expr.Pow(s_y, 3)) + Expr.Sin(2 * s_x) + Expr.Exp(s_y);
        var compiled = f.Compile("x", "y");
        var byX = Expr.Parse(Drills.PartialDerivative(f, "x").Expected.Shown);
        var byY = Expr.Parse(Drills.PartialDerivative(f, "y").Expected.Shown);

        foreach (var point in new[] { new[] { 0.7, -1.2 }, [-1.5, 0.4], [2.0, 1.1] })
        {
            var gradient = FiniteDifference.Gradient(compiled, point);
            Assert.Equal(gradient[0], byX.Evaluate(("x", point[0]), ("y", point[1])), DifferenceTolerance);
            Assert.Equal(gradient[1], byY.Evaluate(("x", point[0]), ("y", point[1])), DifferenceTolerance);
        }
    }

    [Fact]
    public void PartialDerivative_UnknownVariable_Throws()
    {
        Assert.Throws<ArgumentException>(() => Drills.PartialDerivative(s_x * s_y, "z"));
    }

    [Fact]
    public void TotalDerivative_XSquaredYAlongCosTAndTSquared_ExpectsTheHandDerivative()
    {
        var question = Drills.TotalDerivative((x, y) => Expr.Pow(x, 2) * y, Expr.Cos(s_t), Expr.Pow(s_t, 2));

        // By hand: ∂f/∂x·dx/dt + ∂f/∂y·dy/dt = 2xy·(−sin t) + x²·2t = −2t² cos t sin t + 2t cos² t.
        Assert.Null(question.Expected.Judge("-2*t^2*cos(t)*sin(t) + 2*t*cos(t)^2", seed: 1));
        Assert.NotNull(question.Expected.Judge("2*t*cos(t)^2", seed: 1));
    }

    [Fact]
    public void TotalDerivative_StatedAnswer_AgreesWithCentralDifferencesInT()
    {
        var question = Drills.TotalDerivative((x, y) => (2 * x * y) + (3 * Expr.Pow(y, 2)), (2 * s_t) + 1, Expr.Sin(s_t));
        var stated = Expr.Parse(question.Expected.Shown);

        // f(x(t), y(t)) as a plain function of t, differentiated by central differences.
        double F(double t) => (2 * ((2 * t) + 1) * Math.Sin(t)) + (3 * Math.Sin(t) * Math.Sin(t));
        foreach (var t in new[] { -1.4, 0.3, 0.8, 2.1 })
        {
            Assert.Equal(FiniteDifference.Derivative(F, t), stated.Evaluate(("t", t)), DifferenceTolerance);
        }
    }

    [Fact]
    public void DirectionalDerivative_XSquaredPlus3XYAlong0608_Is7Point2()
    {
        var f = Expr.Pow(s_x, 2) + (3 * s_x * s_y);

        var question = Drills.DirectionalDerivative(f, 1, 2, (0.6, 0.8));

        // By hand: ∇f = (2x + 3y, 3x) = (8, 3) at (1, 2), and (8, 3)·(0.6, 0.8) = 4.8 + 2.4 = 7.2.
        Assert.Null(question.Expected.Judge(7.2, seed: 1));
        Assert.NotNull(question.Expected.Judge(8.0, seed: 1));
        // Independently: the ordinary derivative of s ↦ f((1, 2) + s·û) at s = 0, by central differences.
        var compiled = f.Compile("x", "y");
        Assert.Equal(7.2, FiniteDifference.Derivative(s => compiled([1 + (0.6 * s), 2 + (0.8 * s)]), 0), DifferenceTolerance);
    }

    [Fact]
    public void DirectionalDerivative_NotAUnitVector_Throws()
    {
        Assert.Throws<ArgumentException>(() => Drills.DirectionalDerivative(s_x * s_y, 1, 1, (1, 1)));
    }

    [Fact]
    public void JacobianAtPoint_ThreeByThree_IsTheHandMatrixAndCentralDifferences()
    {
        Expr[] f = [(2 * s_x * s_y) + s_z, Expr.Pow(s_y, 2) - (s_x * s_z), Expr.Pow(s_x, 2) + (3 * s_z)];

        var question = Drills.JacobianAtPoint(f, ["x", "y", "z"], [1, -1, 2]);

        // By hand at (1, −1, 2): rows (2y, 2x, 1), (−z, 2y, −x), (2x, 0, 3).
        Assert.Null(question.Expected.Judge(new double[,] { { -2, 2, 1 }, { -2, -2, -1 }, { 2, 0, 3 } }, seed: 1));
        Assert.NotNull(question.Expected.Judge(new double[,] { { -2, -2, 2 }, { 2, -2, 0 }, { 1, -1, 3 } }, seed: 1)); // the transpose
        var compiled = f.Select(fi => fi.Compile("x", "y", "z")).ToArray();
        var byDifferences = FiniteDifference.Jacobian(p => compiled.Select(fi => fi(p)).ToArray(), [1.0, -1.0, 2.0]);
        Assert.Null(question.Expected.Judge(byDifferences, seed: 1));
    }

    [Fact]
    public void JacobianAtPoint_TwoByThree_IsTheHandMatrix()
    {
        Expr[] f = [(s_x * s_y) + Expr.Pow(s_z, 2), (s_x * s_z) - (2 * s_y)];

        var question = Drills.JacobianAtPoint(f, ["x", "y", "z"], [2, 1, -1]);

        // By hand at (2, 1, −1): rows (y, x, 2z) = (1, 2, −2) and (z, −2, x) = (−1, −2, 2).
        Assert.Null(question.Expected.Judge(new double[,] { { 1, 2, -2 }, { -1, -2, 2 } }, seed: 1));
        Assert.NotNull(question.Expected.Judge(new double[,] { { 1, -1 }, { 2, -2 }, { -2, 2 } }, seed: 1)); // 3×2: the wrong shape
    }

    [Fact]
    public void JacobianAtPoint_ThreeByTwo_IsTheHandMatrixAndCentralDifferences()
    {
        Expr[] f = [s_x + (2 * s_y), s_x * s_y, Expr.Pow(s_x, 2) - Expr.Pow(s_y, 2)];

        var question = Drills.JacobianAtPoint(f, ["x", "y"], [1, 2]);

        // By hand at (1, 2): rows (1, 2), (y, x) = (2, 1), (2x, −2y) = (2, −4).
        Assert.Null(question.Expected.Judge(new double[,] { { 1, 2 }, { 2, 1 }, { 2, -4 } }, seed: 1));
        var compiled = f.Select(fi => fi.Compile("x", "y")).ToArray();
        var byDifferences = FiniteDifference.Jacobian(p => compiled.Select(fi => fi(p)).ToArray(), [1.0, 2.0]);
        Assert.Null(question.Expected.Judge(byDifferences, seed: 1));
    }

    [Fact]
    public void JacobianAtPoint_PointOfTheWrongLength_Throws()
    {
        Assert.Throws<ArgumentException>(() => Drills.JacobianAtPoint([s_x * s_y], ["x", "y"], [1]));
    }

    [Fact]
    public void JacobianNonSquare_TwentySeeds_PoseBothShapesAndNeverASquare()
    {
        var shapes = Enumerable.Range(0, 20).Select(seed => Drills.JacobianNonSquare(new Random(seed)).Title).Distinct().Order().ToArray();

        Assert.Equal(["a 2×3 Jacobian", "a 3×2 Jacobian"], shapes);
    }

    [Fact]
    public void JacobianThreeByThree_TwentySeeds_AreAllThreeByThree()
    {
        Assert.All(Enumerable.Range(0, 20), seed => Assert.Equal("a 3×3 Jacobian", Drills.JacobianThreeByThree(new Random(seed)).Title));
    }
}
