namespace Calculus.Tests.TestFunctions;

/// <summary>
/// The Rosenbrock function f(x, y) = (1 − x)² + 100(y − x²)², written once over any number type, with its
/// gradient and Hessian worked out by hand:
/// ∂f/∂x = −2(1 − x) − 400x(y − x²), ∂f/∂y = 200(y − x²),
/// ∂²f/∂x² = 2 − 400y + 1200x², ∂²f/∂x∂y = −400x, ∂²f/∂y² = 200.
/// </summary>
internal static class Rosenbrock
{
    public static T Value<T>(T[] p) where T : IScalar<T> =>
        Elementary.Square(1.0 - p[0]) + (100.0 * Elementary.Square(p[1] - (p[0] * p[0])));

    public static double[] Gradient(double x, double y) =>
        [(-2 * (1 - x)) - (400 * x * (y - (x * x))), 200 * (y - (x * x))];

    public static double[,] Hessian(double x, double y) =>
        new[,] { { 2 - (400 * y) + (1200 * x * x), -400 * x }, { -400 * x, 200 } };
}
