using MathNet.Numerics.LinearAlgebra;

namespace Calculus.Automatic;

/// <summary>
/// Derivatives by forward-mode automatic differentiation: run the function on <see cref="Dual"/> numbers seeded
/// with a direction, and the derivative along it comes out with the value, exact to rounding. One pass per input
/// direction, so a gradient of n inputs costs n passes. Second derivatives use <see cref="HyperDual"/> numbers.
/// </summary>
public static class ForwardMode
{
    /// <summary>f'(x): f evaluated at x + 1ε, read off the ε part.</summary>
    /// <exception cref="ArgumentException"><paramref name="x"/> is NaN or infinite.</exception>
    public static double Derivative(Func<Dual, Dual> f, double x)
    {
        Check.Finite(x, nameof(x));
        return f(Dual.Variable(x)).Derivative;
    }

    /// <summary>∇f(x) = (∂f/∂x₁, …, ∂f/∂xₙ): pass i seeds xᵢ with ε and the rest with 0.</summary>
    /// <exception cref="ArgumentException"><paramref name="x"/> is empty or not finite, or f reads past its end.</exception>
    public static Vector<double> Gradient(Func<Dual[], Dual> f, IReadOnlyList<double> x)
    {
        var point = Check.Point(x, nameof(x));
        return Vector<double>.Build.Dense(point.Length, i => Check.Evaluate(() => f(Seed(point, i)), point.Length).Derivative);
    }

    /// <summary>J(x), Jᵢⱼ = ∂fᵢ/∂xⱼ: pass j seeds xⱼ with ε and gives column j.</summary>
    /// <exception cref="ArgumentException"><paramref name="x"/> is empty or not finite, or f reads past its end.</exception>
    /// <exception cref="InvalidOperationException">f returns vectors of different lengths on different passes.</exception>
    public static Matrix<double> Jacobian(Func<Dual[], Dual[]> f, IReadOnlyList<double> x)
    {
        var point = Check.Point(x, nameof(x));
        Matrix<double>? jacobian = null;
        for (var j = 0; j < point.Length; j++)
        {
            var column = Check.Evaluate(() => f(Seed(point, j)), point.Length);
            jacobian ??= Matrix<double>.Build.Dense(column.Length, point.Length);
            if (column.Length != jacobian.RowCount)
            {
                throw new InvalidOperationException($"f returned {jacobian.RowCount} values on the first pass but {column.Length} on pass {j + 1}; a Jacobian needs the same number of outputs every time.");
            }

            for (var i = 0; i < column.Length; i++)
            {
                jacobian[i, j] = column[i].Derivative;
            }
        }

        return jacobian!;
    }

    /// <summary>f''(x): f evaluated at x + ε₁ + ε₂, read off the ε₁ε₂ part.</summary>
    /// <exception cref="ArgumentException"><paramref name="x"/> is NaN or infinite.</exception>
    public static double SecondDerivative(Func<HyperDual, HyperDual> f, double x)
    {
        Check.Finite(x, nameof(x));
        return f(new HyperDual(x, 1, 1, 0)).E1E2;
    }

    /// <summary>H(x), Hᵢⱼ = ∂²f/∂xᵢ∂xⱼ: the pass for i ≤ j seeds xᵢ with ε₁ and xⱼ with ε₂; n(n+1)/2 passes, symmetric.</summary>
    /// <exception cref="ArgumentException"><paramref name="x"/> is empty or not finite, or f reads past its end.</exception>
    public static Matrix<double> Hessian(Func<HyperDual[], HyperDual> f, IReadOnlyList<double> x)
    {
        var point = Check.Point(x, nameof(x));
        var n = point.Length;
        var hessian = Matrix<double>.Build.Dense(n, n);
        for (var i = 0; i < n; i++)
        {
            for (var j = i; j < n; j++)
            {
                var seeded = new HyperDual[n];
                for (var k = 0; k < n; k++)
                {
                    seeded[k] = new HyperDual(point[k], k == i ? 1 : 0, k == j ? 1 : 0, 0);
                }

                var second = Check.Evaluate(() => f(seeded), n).E1E2;
                hessian[i, j] = second;
                hessian[j, i] = second;
            }
        }

        return hessian;
    }

    private static Dual[] Seed(double[] point, int direction)
    {
        var seeded = new Dual[point.Length];
        for (var k = 0; k < point.Length; k++)
        {
            seeded[k] = new Dual(point[k], k == direction ? 1 : 0);
        }

        return seeded;
    }
}
