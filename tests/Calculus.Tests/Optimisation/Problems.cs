using MathNet.Numerics.LinearAlgebra;

namespace Calculus.Tests.Optimisation;

/// <summary>Test problems for the optimisers, each with its gradient and Hessian worked out by hand, in plain arithmetic (no Math.Pow) so that iteration counts do not depend on a platform's pow.</summary>
internal static class Problems
{
    public static Vector<double> Vec(params double[] values) => Vector<double>.Build.Dense(values);

    public static Matrix<double> Mat(double[,] values) => Matrix<double>.Build.DenseOfArray(values);

    /// <summary>The bowl f = x² + 4y², minimum 0 at the origin; ∇f = (2x, 8y), H = diag(2, 8).</summary>
    public static double Bowl(Vector<double> p) => (p[0] * p[0]) + (4 * p[1] * p[1]);

    public static Vector<double> BowlGradient(Vector<double> p) => Vec(2 * p[0], 8 * p[1]);

    /// <summary>Rosenbrock's banana f = (1 − x)² + 100(y − x²)², minimum 0 at (1, 1), in a long curved valley.</summary>
    public static double Rosenbrock(Vector<double> p)
    {
        var (x, y) = (p[0], p[1]);
        return ((1 - x) * (1 - x)) + (100 * (y - (x * x)) * (y - (x * x)));
    }

    public static Vector<double> RosenbrockGradient(Vector<double> p) => Vec(TestFunctions.Rosenbrock.Gradient(p[0], p[1]));

    public static Matrix<double> RosenbrockHessian(Vector<double> p) => Mat(TestFunctions.Rosenbrock.Hessian(p[0], p[1]));

    /// <summary>
    /// The quadratic f = ½xᵀAx − bᵀx with A = [[3, 1], [1, 2]] and b = (1, 1): ∇f = Ax − b, H = A, and the minimum
    /// A⁻¹b = (1/5)[[2, −1], [−1, 3]](1, 1) = (0.2, 0.4).
    /// </summary>
    public static double Quadratic(Vector<double> p) =>
        (0.5 * ((3 * p[0] * p[0]) + (2 * p[0] * p[1]) + (2 * p[1] * p[1]))) - p[0] - p[1];

    public static Vector<double> QuadraticGradient(Vector<double> p) => Vec((3 * p[0]) + p[1] - 1, p[0] + (2 * p[1]) - 1);

    public static Matrix<double> QuadraticHessian(Vector<double> p) => Mat(new double[,] { { 3, 1 }, { 1, 2 } });

    /// <summary>
    /// The double well f = x⁴/4 − x²/2 + y²/2: minima −1/4 at (±1, 0) and a saddle at the origin.
    /// ∇f = (x³ − x, y), H = diag(3x² − 1, 1): indefinite for |x| &lt; 1/√3.
    /// </summary>
    public static double DoubleWell(Vector<double> p) =>
        (p[0] * p[0] * p[0] * p[0] / 4) - (p[0] * p[0] / 2) + (p[1] * p[1] / 2);

    public static Vector<double> DoubleWellGradient(Vector<double> p) => Vec((p[0] * p[0] * p[0]) - p[0], p[1]);

    public static Matrix<double> DoubleWellHessian(Vector<double> p) => Mat(new double[,] { { (3 * p[0] * p[0]) - 1, 0 }, { 0, 1 } });
}
