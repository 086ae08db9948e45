using MathNet.Numerics.LinearAlgebra;

namespace Calculus.Regression;

/// <summary>
/// Goodness of fit. χ² adds up the squared residuals, each measured in units of its point's uncertainty, so a
/// model that is right misses each point by about one σᵢ and χ² comes out near the number of degrees of freedom.
/// </summary>
/// <remarks>
/// χ²/ν ≈ 1 is a good fit; χ²/ν ≫ 1 means the model misses the data (or the σᵢ are too small); χ²/ν ≪ 1 means
/// the σᵢ are too large (or the model follows the noise). The p-value says how often a right model would give a
/// χ² at least this large.
/// </remarks>
public static class ChiSquared
{
    /// <summary>χ² = Σ ((yᵢ − f(xᵢ)) / σᵢ)².</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">f(xᵢ) is NaN or infinite at some data point (the message names it).</exception>
    public static double Of(Measurements data, Func<double, double> model)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(model);
        var sum = 0.0;
        for (var i = 0; i < data.Count; i++)
        {
            var fitted = model(data.X[i]);
            if (!double.IsFinite(fitted))
            {
                throw new ArgumentException($"f(x) is {Check.Describe(fitted)} at data point {i} (x = {Check.Describe(data.X[i])}); χ² needs a finite model value at every point.", nameof(model));
            }

            var residual = (data.Y[i] - fitted) / data.Sigma[i];
            sum += residual * residual;
        }

        return sum;
    }

    /// <summary>χ²(θ) = Σ ((yᵢ − f(xᵢ; θ)) / σᵢ)², a function of the parameters θ (for contour charts of χ²).</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="parameters"/> has the wrong length, or f(xᵢ; θ) is NaN or infinite at some data point.</exception>
    public static double Of(Measurements data, ParametricModel model, IReadOnlyList<double> parameters)
    {
        ArgumentNullException.ThrowIfNull(model);
        var theta = DataCheck.Start(parameters, model.ParameterNames, nameof(parameters));
        var problem = new LeastSquaresProblem(data, model);
        var chiSquared = problem.ChiSquared(theta);
        if (double.IsPositiveInfinity(chiSquared))
        {
            throw new ArgumentException($"{problem.DescribeNonFinite(theta)} χ² needs a finite model value at every point.", nameof(parameters));
        }

        return chiSquared;
    }

    /// <summary>∇χ²(θ) = −2 Σ ((yᵢ − f(xᵢ; θ)) / σᵢ²) ∇θ f(xᵢ; θ) = −2JᵀWr: uphill, perpendicular to the contours of χ².</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="parameters"/> has the wrong length, or f or ∇θ f is NaN or infinite at some data point.</exception>
    public static Vector<double> Gradient(Measurements data, ParametricModel model, IReadOnlyList<double> parameters)
    {
        ArgumentNullException.ThrowIfNull(model);
        var theta = DataCheck.Start(parameters, model.ParameterNames, nameof(parameters));
        var linearisation = new LeastSquaresProblem(data, model).Linearise(theta, out var problem)
            ?? throw new ArgumentException($"{problem} The gradient of χ² needs finite values at every point.", nameof(parameters));
        return linearisation.Gradient;
    }

    /// <summary>ν = n − p: the number of data points less the number of fitted parameters.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="points"/> is less than 1, <paramref name="parameters"/> is negative, or there are more parameters than points.</exception>
    public static int DegreesOfFreedom(int points, int parameters)
    {
        if (points < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(points), points, $"A fit needs at least one data point; got {points}.");
        }

        if (parameters < 0 || parameters > points)
        {
            throw new ArgumentOutOfRangeException(nameof(parameters), parameters, $"The number of parameters must be between 0 and the number of points ({points}); got {parameters}.");
        }

        return points - parameters;
    }

    /// <summary>χ²/ν, the reduced chi-squared: near 1 for a good fit with honest uncertainties.</summary>
    /// <exception cref="ArgumentOutOfRangeException">χ² is negative or not finite, or ν is less than 1.</exception>
    public static double PerDegreeOfFreedom(double chiSquared, int degreesOfFreedom)
    {
        CheckArguments(chiSquared, degreesOfFreedom);
        return chiSquared / degreesOfFreedom;
    }

    /// <summary>p = P(X ≥ χ²) = 1 − F(χ²; ν), the upper tail of the χ² distribution with ν degrees of freedom.</summary>
    /// <remarks>
    /// A small p (say below 0.01) says a right model would rarely miss the data this badly. Computed as the
    /// regularised upper incomplete gamma function Q(ν/2, χ²/2), so even tiny p-values keep their digits.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">χ² is negative or not finite, or ν is less than 1.</exception>
    public static double PValue(double chiSquared, int degreesOfFreedom)
    {
        CheckArguments(chiSquared, degreesOfFreedom);
        return Math.Clamp(MathNet.Numerics.SpecialFunctions.GammaUpperRegularized(degreesOfFreedom / 2.0, chiSquared / 2.0), 0, 1);
    }

    private static void CheckArguments(double chiSquared, int degreesOfFreedom)
    {
        if (!(chiSquared >= 0) || !double.IsFinite(chiSquared))
        {
            throw new ArgumentOutOfRangeException(nameof(chiSquared), chiSquared, $"χ² is a sum of squares, so it must be finite and not negative; got {Check.Describe(chiSquared)}.");
        }

        if (degreesOfFreedom < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(degreesOfFreedom), degreesOfFreedom, $"χ²/ν and the p-value need at least one degree of freedom (more points than parameters); got ν = {degreesOfFreedom}.");
        }
    }
}
