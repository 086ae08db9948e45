using MathNet.Numerics.LinearAlgebra;

namespace Calculus.FiniteDifferences;

/// <summary>
/// Derivatives from function values alone: the slope of a secant over a small step h. Works for any function
/// you can evaluate, with no formula; the price is an error from the step (truncation) and from subtracting
/// nearly equal numbers (round-off). When no step is given, <see cref="StepSize.Optimal"/> balances the two.
/// </summary>
public static class FiniteDifference
{
    /// <summary>f'(x) ≈ Σₖ wₖ·f(x + oₖh) / (d·h), the <paramref name="scheme"/>'s difference quotient (see <see cref="Stencil"/>).</summary>
    /// <exception cref="ArgumentException"><paramref name="x"/> is NaN or infinite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="h"/> is zero, negative, NaN or infinite.</exception>
    public static double Derivative(Func<double, double> f, double x, DifferenceScheme scheme = DifferenceScheme.Central, double? h = null)
    {
        Check.Finite(x, nameof(x));
        var step = h ?? StepSize.Optimal(scheme, x);
        Check.Step(step, nameof(h));
        var stencil = Stencil.Of(scheme);
        var sum = 0.0;
        for (var k = 0; k < stencil.Offsets.Length; k++)
        {
            sum += stencil.Weights[k] * f(x + (stencil.Offsets[k] * step));
        }

        return sum / (stencil.Divisor * step);
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

    /// <summary>∇f(x) ≈ (∂f/∂x₁, …, ∂f/∂xₙ), one difference quotient per axis: n + 1 evaluations forward or backward, 2n central, 4n five-point.</summary>
    /// <exception cref="ArgumentException"><paramref name="x"/> is empty or has a NaN or infinite component, or f reads past its end.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="h"/> is zero, negative, NaN or infinite.</exception>
    public static Vector<double> Gradient(Func<double[], double> f, IReadOnlyList<double> x, DifferenceScheme scheme = DifferenceScheme.Central, double? h = null)
    {
        var jacobian = Jacobian(point => [f(point)], x, scheme, h);
        return jacobian.Row(0);
    }

    /// <summary>J(x) ≈ the m×n matrix Jᵢⱼ = ∂fᵢ/∂xⱼ: column j is the difference quotient of the whole vector f along axis j.</summary>
    /// <exception cref="ArgumentException"><paramref name="x"/> is empty or not finite, or f reads past its end.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="h"/> is zero, negative, NaN or infinite.</exception>
    /// <exception cref="InvalidOperationException">f returns vectors of different lengths at different points.</exception>
    public static Matrix<double> Jacobian(Func<double[], double[]> f, IReadOnlyList<double> x, DifferenceScheme scheme = DifferenceScheme.Central, double? h = null)
    {
        var point = Check.Point(x, nameof(x));
        var stencil = Stencil.Of(scheme);

        // f(x) itself is evaluated only when the stencil weighs it (forward, backward); central and five-point never do.
        double[]? first = null;
        double[] At(double[] moved)
        {
            if (first is null)
            {
                first = Check.Evaluate(() => f(moved), moved.Length);
                return first;
            }

            return Values(f, moved, first.Length);
        }

        var centre = stencil.UsesCentre ? At(point) : null;
        var columns = new double[point.Length][];
        for (var j = 0; j < point.Length; j++)
        {
            var step = h ?? StepSize.Optimal(scheme, point[j]);
            Check.Step(step, nameof(h));
            double[]? column = null;
            for (var k = 0; k < stencil.Offsets.Length; k++)
            {
                var values = stencil.Offsets[k] == 0 ? centre! : At(Moved(point, j, point[j] + (stencil.Offsets[k] * step)));
                column ??= new double[values.Length];
                for (var i = 0; i < column.Length; i++)
                {
                    column[i] += stencil.Weights[k] * values[i];
                }
            }

            columns[j] = column!.Select(sum => sum / (stencil.Divisor * step)).ToArray();
        }

        return Matrix<double>.Build.DenseOfColumnArrays(columns);
    }

    /// <summary>H(x) ≈ Hᵢⱼ = (f(x + hᵢ + hⱼ) − f(x + hᵢ − hⱼ) − f(x − hᵢ + hⱼ) + f(x − hᵢ − hⱼ)) / 4hᵢhⱼ, and Hᵢᵢ = (f(x + hᵢ) − 2f(x) + f(x − hᵢ)) / hᵢ².</summary>
    /// <remarks>Symmetric by construction: the mixed partials are computed once for i &lt; j.</remarks>
    /// <exception cref="ArgumentException"><paramref name="x"/> is empty or not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="h"/> is zero, negative, NaN or infinite.</exception>
    public static Matrix<double> Hessian(Func<double[], double> f, IReadOnlyList<double> x, double? h = null)
    {
        var point = Check.Point(x, nameof(x));
        var n = point.Length;
        var steps = point.Select(xi => h ?? StepSize.OptimalForSecondDerivative(xi)).ToArray();
        Check.Step(steps.Min(), nameof(h));
        var hessian = Matrix<double>.Build.Dense(n, n);
        var centre = Check.Evaluate(() => f(point), n);
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

    /// <summary>|estimate − exact| of the <paramref name="scheme"/> difference at x for each step h: falls like hᵖ (truncation), then rises like ε/h (round-off).</summary>
    /// <exception cref="ArgumentException"><paramref name="x"/> or <paramref name="exactDerivative"/> is NaN or infinite.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A step is zero, negative, NaN or infinite.</exception>
    public static IReadOnlyList<StepError> ErrorAgainstStep(Func<double, double> f, double x, double exactDerivative, IEnumerable<double> steps, DifferenceScheme scheme = DifferenceScheme.Central)
    {
        Check.Finite(exactDerivative, nameof(exactDerivative));
        return steps.Select(step =>
        {
            var estimate = Derivative(f, x, scheme, step);
            return new StepError(step, estimate, Math.Abs(estimate - exactDerivative));
        }).ToList();
    }

    /// <summary>Steps spaced evenly in log₁₀ from 10^<paramref name="fromPower"/> down to 10^<paramref name="toPower"/>, <paramref name="perDecade"/> per power of ten.</summary>
    /// <exception cref="ArgumentException">The two powers are equal or not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="perDecade"/> is less than 1.</exception>
    public static IReadOnlyList<double> LogSpacedSteps(double fromPower = -1, double toPower = -15, int perDecade = 4)
    {
        if (!double.IsFinite(fromPower) || !double.IsFinite(toPower) || fromPower == toPower)
        {
            throw new ArgumentException($"The powers of ten {fromPower} and {toPower} must be two different finite numbers.");
        }

        Check.AtLeast(perDecade, 1, nameof(perDecade));
        var count = (int)Math.Round(Math.Abs(fromPower - toPower) * perDecade) + 1;
        return Enumerable.Range(0, count).Select(k => Math.Pow(10, fromPower + ((toPower - fromPower) * k / (count - 1)))).ToList();
    }

    private static double[] Moved(double[] point, int axis, double value)
    {
        var moved = (double[])point.Clone();
        moved[axis] = value;
        return moved;
    }

    /// <summary>f at a point, checked to have the same number of values as at x.</summary>
    private static double[] Values(Func<double[], double[]> f, double[] point, int expectedLength)
    {
        var values = Check.Evaluate(() => f(point), point.Length);
        if (values.Length != expectedLength)
        {
            throw new InvalidOperationException($"f returned {expectedLength} values at the first point it was evaluated at but {values.Length} at ({string.Join(", ", point)}); a Jacobian needs the same number of outputs everywhere.");
        }

        return values;
    }
}
