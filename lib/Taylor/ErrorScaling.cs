using MathNet.Numerics;

namespace Calculus.Taylor;

/// <summary>How an error shrinks with the step h: |error(h)| ≈ C·hᵖ, with p measured as the slope of log|error| against log h.</summary>
/// <remarks>
/// For a Taylor polynomial of order n the remainder is about f⁽ⁿ⁺¹⁾(a)/(n + 1)! · hⁿ⁺¹ for small h = x − a, so on a
/// log-log chart the error is a straight line of slope n + 1. Choose steps small enough for the leading term to
/// dominate, yet large enough for the error to stay well above rounding (about 10⁻¹⁵ of the function's value), where
/// the line flattens.
/// </remarks>
public sealed class ErrorScaling
{
    private readonly double[] _steps;
    private readonly double[] _errors;

    private ErrorScaling(double[] steps, double[] errors, double slope, double constant)
    {
        _steps = steps;
        _errors = errors;
        Slope = slope;
        Constant = constant;
    }

    /// <summary>The steps h, as given.</summary>
    public IReadOnlyList<double> Steps => Array.AsReadOnly(_steps);

    /// <summary>|error(h)| at each step.</summary>
    public IReadOnlyList<double> Errors => Array.AsReadOnly(_errors);

    /// <summary>p in |error| ≈ C·hᵖ: the least-squares slope of log|error| against log h.</summary>
    public double Slope { get; }

    /// <summary>C in |error| ≈ C·hᵖ, from the least-squares intercept: log C.</summary>
    public double Constant { get; }

    /// <summary>|error(h)| ≈ C·hᵖ fitted to the errors a function gives at each step h.</summary>
    /// <param name="errorAtStep">h ↦ the error at step h, e.g. <c>h =&gt; f(a + h) − p(a + h)</c>.</param>
    /// <param name="steps">Two or more different positive steps.</param>
    /// <exception cref="ArgumentNullException"><paramref name="errorAtStep"/> or <paramref name="steps"/> is null.</exception>
    /// <exception cref="ArgumentException">There are fewer than two different steps.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A step is zero, negative, NaN or infinite.</exception>
    /// <exception cref="InvalidOperationException">An error is 0 (the approximation is exact there, so there is no
    /// slope to measure) or is NaN or infinite.</exception>
    public static ErrorScaling Measure(Func<double, double> errorAtStep, IReadOnlyList<double> steps)
    {
        ArgumentNullException.ThrowIfNull(errorAtStep);
        ArgumentNullException.ThrowIfNull(steps);
        foreach (var h in steps)
        {
            Check.Step(h, nameof(steps));
        }

        if (steps.Distinct().Count() < 2)
        {
            throw new ArgumentException("A slope needs at least two different steps.", nameof(steps));
        }

        var errors = new double[steps.Count];
        for (var i = 0; i < steps.Count; i++)
        {
            errors[i] = Math.Abs(errorAtStep(steps[i]));
            if (errors[i] == 0 || !double.IsFinite(errors[i]))
            {
                throw new InvalidOperationException(
                    $"The error at h = {Check.Describe(steps[i])} is {Check.Describe(errors[i])}; a log-log slope needs " +
                    "errors that are finite and not 0 (an approximation that is exact, such as P₂ of x², has no slope).");
            }
        }

        var (intercept, slope) = Fit.Line(steps.Select(h => Math.Log(h)).ToArray(), errors.Select(e => Math.Log(e)).ToArray());
        return new ErrorScaling(steps.ToArray(), errors, slope, Math.Exp(intercept));
    }

    /// <summary>|Rₙ(a + h)| ≈ C·hᵖ for a Taylor polynomial about a, where p should be n + 1.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="f"/>, <paramref name="polynomial"/> or <paramref name="steps"/> is null.</exception>
    /// <exception cref="ArgumentException">There are fewer than two different steps.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A step is zero, negative, NaN or infinite.</exception>
    /// <exception cref="InvalidOperationException">An error is 0 or is NaN or infinite.</exception>
    public static ErrorScaling Measure(Func<double, double> f, TaylorPolynomial polynomial, IReadOnlyList<double> steps)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(polynomial);
        return Measure(h => Remainder.Actual(f, polynomial, polynomial.Centre + h), steps);
    }
}
