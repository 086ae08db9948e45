using Calculus.Symbolic;

namespace Calculus.Tests.Symbolic;

public sealed class SymbolicCalculusTests
{
    /// <summary>
    /// The Rosenbrock values below are small whole numbers reached by a handful of exact double operations, so they
    /// come out exact; 1e-12 only guards against a change in the order of operations.
    /// </summary>
    private const double ExactArithmeticTolerance = 1e-12;

    private static readonly Expr Rosenbrock = Expr.Parse("(1 - x)^2 + 100*(y - x^2)^2");

    [Fact]
    public void Gradient_RosenbrockAtItsMinimum_IsZero()
    {
        var gradient = SymbolicCalculus.Gradient(Rosenbrock, "x", "y").Evaluate(("x", 1.0), ("y", 1.0));

        Assert.Equal(new[] { 0.0, 0.0 }, gradient.ToArray());
    }

    [Fact]
    public void Gradient_RosenbrockAtOrigin_IsMinusTwoZero()
    {
        // ∂f/∂x = −2(1 − x) − 400x(y − x²) = −2 at (0, 0); ∂f/∂y = 200(y − x²) = 0.
        var gradient = SymbolicCalculus.Gradient(Rosenbrock, "x", "y").Evaluate(("x", 0.0), ("y", 0.0));

        Assert.Equal(-2, gradient[0], ExactArithmeticTolerance);
        Assert.Equal(0, gradient[1], ExactArithmeticTolerance);
    }

    [Fact]
    public void Gradient_Rosenbrock_IsTheTextbookFormula()
    {
        var gradient = SymbolicCalculus.Gradient(Rosenbrock, "x", "y");

        Assert.Equal(2, gradient.Count);
        Assert.Equal("2*x - 2 + 400*x*(x^2 - y)", gradient[0].ToString());
        Assert.Equal("200*y - 200*x^2", gradient[1].ToString());
    }

    [Fact]
    public void Hessian_RosenbrockAtItsMinimum_IsWorkedOutByHand()
    {
        // ∂²f/∂x² = 2 − 400y + 1200x², ∂²f/∂x∂y = −400x, ∂²f/∂y² = 200.
        var hessian = SymbolicCalculus.Hessian(Rosenbrock, "x", "y").Evaluate(("x", 1.0), ("y", 1.0));

        AssertMatrix(new double[,] { { 802, -400 }, { -400, 200 } }, hessian.ToArray());
    }

    [Fact]
    public void Hessian_RosenbrockAtOrigin_IsWorkedOutByHand()
    {
        var hessian = SymbolicCalculus.Hessian(Rosenbrock, "x", "y").Evaluate(("x", 0.0), ("y", 0.0));

        AssertMatrix(new double[,] { { 2, 0 }, { 0, 200 } }, hessian.ToArray());
    }

    [Fact]
    public void Hessian_Rosenbrock_IsSymmetricAndReadable()
    {
        var hessian = SymbolicCalculus.Hessian(Rosenbrock, "x", "y");

        Assert.Equal((2, 2), (hessian.RowCount, hessian.ColumnCount));
        Assert.Equal(hessian[0, 1], hessian[1, 0]);
        Assert.Equal("2 - 400*y + 1200*x^2", hessian[0, 0].ToString());
        Assert.Equal("-400*x", hessian[0, 1].ToString());
        Assert.Equal("200", hessian[1, 1].ToString());
    }

    [Fact]
    public void Jacobian_PolarToCartesian_IsTheTextbookMatrixWithDeterminantR()
    {
        var functions = new[] { Expr.Parse("r*cos(theta)"), Expr.Parse("r*sin(theta)") };

        var jacobian = SymbolicCalculus.Jacobian(functions, "r", "theta");

        Assert.Equal("cos(theta)", jacobian[0, 0].ToString());
        Assert.Equal("-r*sin(theta)", jacobian[0, 1].ToString());
        Assert.Equal("sin(theta)", jacobian[1, 0].ToString());
        Assert.Equal("r*cos(theta)", jacobian[1, 1].ToString());
        var determinant = (jacobian[0, 0] * jacobian[1, 1] - jacobian[0, 1] * jacobian[1, 0]).Simplify();
        Assert.Equal(2.5, determinant.Evaluate(("r", 2.5), ("theta", 0.7)), ExactArithmeticTolerance);
    }

    [Fact]
    public void Jacobian_ScalarFunction_IsTheGradientAsARow()
    {
        var f = Expr.Parse("x^2*y");

        var jacobian = SymbolicCalculus.Jacobian(new[] { f }, "x", "y");
        var gradient = SymbolicCalculus.Gradient(f, "x", "y");

        Assert.Equal((1, 2), (jacobian.RowCount, jacobian.ColumnCount));
        Assert.Equal(gradient[0], jacobian[0, 0]);
        Assert.Equal(gradient[1], jacobian[0, 1]);
    }

    [Fact]
    public void Gradient_NoVariablesNamed_UsesTheExpressionsInAlphabeticalOrder()
    {
        var gradient = SymbolicCalculus.Gradient(Expr.Parse("y^2 + 3*x"));

        Assert.Equal("(3, 2*y)", gradient.ToString());
        Assert.Equal(new[] { "y" }, gradient.Variables);
    }

    [Fact]
    public void Gradient_VariableNotInTheExpression_ThrowsNamingItAndListingTheVariables()
    {
        // A mistyped name (Y for y) must not quietly give a zero component.
        var error = Assert.Throws<ArgumentException>(() => SymbolicCalculus.Gradient(Expr.Parse("x^2*y"), "x", "Y"));

        Assert.Contains("'Y'", error.Message);
        Assert.Contains("x, y", error.Message);
        Assert.Contains("allowUnusedVariables", error.Message);
    }

    [Fact]
    public void Gradient_VariableNotInTheExpressionAllowed_HasAZeroComponent()
    {
        // f(x, z) = x², a function of two variables that does not change with z: ∇f = (2x, 0).
        var gradient = SymbolicCalculus.Gradient(Expr.Parse("x^2"), ["x", "z"], allowUnusedVariables: true);

        Assert.Equal("(2*x, 0)", gradient.ToString());
    }

    [Fact]
    public void Hessian_VariableNotInTheExpression_ThrowsUnlessAllowed()
    {
        var error = Assert.Throws<ArgumentException>(() => SymbolicCalculus.Hessian(Rosenbrock, "x", "z"));

        Assert.Contains("'z'", error.Message);
        Assert.Contains("x, y", error.Message);
        var hessian = SymbolicCalculus.Hessian(Expr.Parse("x^3"), ["x", "z"], allowUnusedVariables: true);
        Assert.Equal("[6*x, 0]" + Environment.NewLine + "[0, 0]", hessian.ToString());
    }

    [Fact]
    public void Hessian_LinearFunction_IsZeroEvenThoughTheGradientHasNoVariables()
    {
        var hessian = SymbolicCalculus.Hessian(Expr.Parse("3*x - y"), "x", "y");

        Assert.Equal("[0, 0]" + Environment.NewLine + "[0, 0]", hessian.ToString());
    }

    [Fact]
    public void Jacobian_VariableInNoFunction_ThrowsUnlessAllowed()
    {
        var functions = new[] { Expr.Parse("x*y"), Expr.Parse("x + y") };

        var error = Assert.Throws<ArgumentException>(() => SymbolicCalculus.Jacobian(functions, "x", "t"));

        Assert.Contains("'t'", error.Message);
        Assert.Contains("x, y", error.Message);
        var jacobian = SymbolicCalculus.Jacobian(functions, ["x", "t"], allowUnusedVariables: true);
        Assert.Equal("[y, 0]" + Environment.NewLine + "[1, 0]", jacobian.ToString());
    }

    [Fact]
    public void Jacobian_VariableInOnlySomeFunctions_IsAccepted()
    {
        // (x, y) ↦ (x, y²): each function lacks one variable, but every variable occurs somewhere.
        var jacobian = SymbolicCalculus.Jacobian(new[] { Expr.Parse("x"), Expr.Parse("y^2") }, "x", "y");

        Assert.Equal("[1, 0]" + Environment.NewLine + "[0, 2*y]", jacobian.ToString());
    }

    [Fact]
    public void Gradient_ConstantWithNoVariablesNamed_Throws()
    {
        Assert.Throws<ArgumentException>(() => SymbolicCalculus.Gradient(Expr.Parse("2*pi")));
    }

    [Fact]
    public void Jacobian_NoFunctions_Throws()
    {
        Assert.Throws<ArgumentException>(() => SymbolicCalculus.Jacobian(Array.Empty<Expr>(), "x"));
    }

    [Fact]
    public void Hessian_VariableNamedTwice_Throws()
    {
        Assert.Throws<ArgumentException>(() => SymbolicCalculus.Hessian(Rosenbrock, "x", "x"));
    }

    [Fact]
    public void ExpressionVector_ToStringAndToLatex_ShowTheComponents()
    {
        var gradient = SymbolicCalculus.Gradient(Expr.Parse("x^2 + y^3"), "x", "y");

        Assert.Equal("(2*x, 3*y^2)", gradient.ToString());
        Assert.Equal(@"\begin{pmatrix} 2 x \\ 3 y^{2} \end{pmatrix}", gradient.ToLatex());
        Assert.Equal(new[] { "2*x", "3*y^2" }, gradient.Select(component => component.ToString()));
    }

    [Fact]
    public void ExpressionMatrix_ToStringAndToLatex_ShowTheRows()
    {
        var hessian = SymbolicCalculus.Hessian(Expr.Parse("x^2*y"), "x", "y");

        Assert.Equal("[2*y, 2*x]" + Environment.NewLine + "[2*x, 0]", hessian.ToString());
        Assert.Equal(@"\begin{pmatrix} 2 y & 2 x \\ 2 x & 0 \end{pmatrix}", hessian.ToLatex());
    }

    [Fact]
    public void ExpressionMatrix_Evaluate_MissingVariable_Throws()
    {
        var hessian = SymbolicCalculus.Hessian(Rosenbrock, "x", "y");

        Assert.Throws<ArgumentException>(() => hessian.Evaluate(("x", 1.0)));
    }

    [Fact]
    public void ExpressionVectorAndMatrix_Empty_Throw()
    {
        Assert.Throws<ArgumentException>(() => new ExpressionVector(Array.Empty<Expr>()));
        Assert.Throws<ArgumentException>(() => new ExpressionMatrix(new Expr[0, 2]));
    }

    private static void AssertMatrix(double[,] expected, double[,] actual)
    {
        Assert.Equal(expected.GetLength(0), actual.GetLength(0));
        Assert.Equal(expected.GetLength(1), actual.GetLength(1));
        for (var i = 0; i < expected.GetLength(0); i++)
        {
            for (var j = 0; j < expected.GetLength(1); j++)
            {
                Assert.Equal(expected[i, j], actual[i, j], ExactArithmeticTolerance);
            }
        }
    }
}
