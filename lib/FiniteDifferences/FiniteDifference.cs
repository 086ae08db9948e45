using MathNet.Numerics.LinearAlgebra;

namespace Calculus.FiniteDifferences;

/// <summary>
/// Derivatives from function values alone: the slope of a secant over a small step h. Works for any function
/// you can evaluate, with no formula; the price is an error from the step (truncation) and from subtracting
/// nearly equal numbers (round-off). When no step is given, <see cref="StepSize.Optimal"/> balances the two.
/// </summary>
public static class FiniteDifference
{
    /// <summary>f'(x) ≈ the <paramref name="scheme"/> difference quotient with step h.</summary>
    /// <exception cref="ArgumentException"><paramref name="x"/> is NaN or infinite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="h"/> is zero, negative, NaN or infinite.</exception>
    public static double Derivative(Func<double, double> f, double x, DifferenceScheme scheme = DifferenceScheme.Central, double? h = null)
    {
        Check.Finite(x, nameof(x));
        var step = h ?? StepSize.Optimal(scheme, x);
        Check.Step(step, nameof(h));
        return scheme switch
        {
            DifferenceScheme.Forward => (f(x + step) - f(x)) / step,
            DifferenceScheme.Backward => (f(x) - f(x - step)) / step,
            DifferenceScheme.Central => (f(x + step) - f(x - step)) / (2 * step),
            DifferenceScheme.FivePoint => (-f(x + 2 * step) + 8 * f(x + step) - 8 * f(x - step) + f(x - 2 * step)) / (12 * step),
            _ => throw new ArgumentOutOfRangeException(nameof(scheme), scheme, "Unknown difference scheme."),
        };
    }

    /// <summary>f''(x) ≈ (f(x + h) − 2f(x) + f(x − h)) / h².</summary>
    /// <exception cref="ArgumentException"><paramref name="x"/> is NaN or infinite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="h"/> is zero, negative, NaN or infinite.</exception>
    public static double SecondDerivative(Func<double, double> f, double x, double? h = null)
    {
        Check.Finite(x, nameof(x));
        var step = h ?? StepSize.OptimalForSecondDerivative(x);
        Check.Step(step, nameof(h));
        return (f(x + step) - 2 * f(x) + f(x - step)) / (step * step);
    }

    /// <summary>∇f(x) ≈ (∂f/∂x₁, …, ∂f/∂xₙ), each partial a difference quotient along one axis: n or 2n evaluations of f (4n five-point).</summary>
    /// <exception cref="ArgumentException"><paramref name="x"/> is empty or has a NaN or infinite component.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="h"/> is zero, negative, NaN or infinite.</exception>
    public static Vector<double> Gradient(Func<double[], double> f, IReadOnlyList<double> x, DifferenceScheme scheme = DifferenceScheme.Central, double? h = null)
    {
        var point = Check.Point(x, nameof(x));
        var gradient = Vector<double>.Build.Dense(point.Length);
        for (var i = 0; i < point.Length; i++)
        {
            var axis = i;
            gradient[i] = Derivative(t => f(Moved(point, axis, t)), point[i], scheme, h);
        }

        return gradient;
    }

    /// <summary>J(x) ≈ the m×n matrix Jᵢⱼ = ∂fᵢ/∂xⱼ, column j a difference quotient of the whole vector f along axis j.</summary>
    /// <exception cref="ArgumentException"><paramref name="x"/> is empty or not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="h"/> is zero, negative, NaN or infinite.</exception>
    /// <exception cref="InvalidOperationException">f returns vectors of different lengths at different points.</exception>
    public static Matrix<double> Jacobian(Func<double[], double[]> f, IReadOnlyList<double> x, DifferenceScheme scheme = DifferenceScheme.Central, double? h = null)
    {
        var point = Check.Point(x, nameof(x));
        var m = f(point).Length;
        var jacobian = Matrix<double>.Build.Dense(m, point.Length);
        for (var j = 0; j < point.Length; j++)
        {
            for (var i = 0; i < m; i++)
            {
                var (row, axis) = (i, j);
                jacobian[i, j] = Derivative(t => Component(f, Moved(point, axis, t), row, m), point[j], scheme, h);
            }
        }

        return jacobian;
    }

    /// <summary>
    /// H(x) ≈ the n×n matrix of second partials: Hᵢᵢ = (f(x + hᵢ) − 2f(x) + f(x − hᵢ)) / hᵢ², and
    /// Hᵢⱼ = (f(x + hᵢ + hⱼ) − f(x + hᵢ − hⱼ) − f(x − hᵢ + hⱼ) + f(x − hᵢ − hⱼ)) / 4hᵢhⱼ. Symmetric by construction.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="x"/> is empty or not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="h"/> is zero, negative, NaN or infinite.</exception>
    public static Matrix<double> Hessian(Func<double[], double> f, IReadOnlyList<double> x, double? h = null)
    {
        var point = Check.Point(x, nameof(x));
        var n = point.Length;
        var steps = point.Select(xi => h ?? StepSize.OptimalForSecondDerivative(xi)).ToArray();
        Check.Step(steps.Min(), nameof(h));
        var hessian = Matrix<double>.Build.Dense(n, n);
        var centre = f(point);
        for (var i = 0; i < n; i++)
        {
            hessian[i, i] = (f(Moved(point, i, point[i] + steps[i])) - 2 * centre + f(Moved(point, i, point[i] - steps[i]))) / (steps[i] * steps[i]);
            for (var j = i + 1; j < n; j++)
            {
                double At(double si, double sj)
                {
                    var moved = (double[])point.Clone();
                    moved[i] += si * steps[i];
                    moved[j] += sj * steps[j];
                    return f(moved);
                }

                var mixed = (At(1, 1) - At(1, -1) - At(-1, 1) + At(-1, -1)) / (4 * steps[i] * steps[j]);
                hessian[i, j] = mixed;
                hessian[j, i] = mixed;
            }
        }

        return hessian;
    }

    /// <summary>
    /// The error |estimate − exact| of the <paramref name="scheme"/> difference at x for each step h: plotted on
    /// log-log axes it falls like hᵖ while truncation dominates, then rises like ε/h once round-off takes over.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="x"/> is NaN or infinite.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A step is zero, negative, NaN or infinite.</exception>
    public static IReadOnlyList<StepError> ErrorAgainstStep(Func<double, double> f, double x, double exactDerivative, IEnumerable<double> steps, DifferenceScheme scheme = DifferenceScheme.Central)
    {
        return steps.Select(step =>
        {
            var estimate = Derivative(f, x, scheme, step);
            return new StepError(step, estimate, Math.Abs(estimate - exactDerivative));
        }).ToList();
    }

    /// <summary>Steps spaced evenly in log₁₀ from 10^<paramref name="fromPower"/> down to 10^<paramref name="toPower"/>, <paramref name="perDecade"/> per power of ten.</summary>
    public static IReadOnlyList<double> LogSpacedSteps(double fromPower = -1, double toPower = -15, int perDecade = 4)
    {
        var count = (int)Math.Round(Math.Abs(fromPower - toPower) * perDecade) + 1;
        return Enumerable.Range(0, count).Select(k => Math.Pow(10, fromPower + ((toPower - fromPower) * k / (count - 1)))).ToList();
    }

    private static double[] Moved(double[] point, int axis, double value)
    {
        var moved = (double[])point.Clone();
        moved[axis] = value;
        return moved;
    }

    private static double Component(Func<double[], double[]> f, double[] point, int row, int expectedLength)
    {
        var values = f(point);
        if (values.Length != expectedLength)
        {
            throw new InvalidOperationException($"f returned {expectedLength} values at the starting point but {values.Length} at ({string.Join(", ", point)}); a Jacobian needs the same number of outputs everywhere.");
        }

        return values[row];
    }
}
