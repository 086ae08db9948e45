using Calculus.Automatic;
using Calculus.FiniteDifferences;

namespace Calculus.Regression;

/// <summary>
/// A model y = f(x; θ) with parameters θ = (θ₁, …, θₚ) to fit, and its parameter gradient ∇θ f(x; θ) =
/// (∂f/∂θ₁, …, ∂f/∂θₚ), which the fitting methods need for the gradient and curvature of χ².
/// </summary>
/// <remarks>
/// Give the gradient as a formula (the constructor), or let the library find it: by forward-mode automatic
/// differentiation (<see cref="WithForwardMode"/>, exact) or by central finite differences
/// (<see cref="WithFiniteDifferences"/>, approximate). <see cref="Line"/> and <see cref="Gaussian"/> are ready-made.
/// </remarks>
public sealed class ParametricModel
{
    private readonly string[] _parameterNames;
    private readonly Func<double, double[], double> _value;
    private readonly Func<double, double[], double[]> _gradient;

    /// <summary>f(x; θ) and ∇θ f(x; θ), both given as formulas: <c>new ParametricModel(["a", "b"], (x, p) =&gt; p[0] + p[1] * x, (x, p) =&gt; [1, x])</c>.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="parameterNames"/> is empty, or has a blank or repeated name.</exception>
    public ParametricModel(IReadOnlyList<string> parameterNames, Func<double, double[], double> value, Func<double, double[], double[]> gradient)
    {
        ArgumentNullException.ThrowIfNull(parameterNames);
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(gradient);
        if (parameterNames.Count == 0)
        {
            throw new ArgumentException("A model needs at least one parameter to fit.", nameof(parameterNames));
        }

        if (parameterNames.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("Every parameter needs a name (it is used in messages and results).", nameof(parameterNames));
        }

        var repeated = parameterNames.GroupBy(n => n).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            throw new ArgumentException($"The parameter name '{repeated.Key}' appears twice; each parameter needs its own name.", nameof(parameterNames));
        }

        _parameterNames = parameterNames.ToArray();
        _value = value;
        _gradient = gradient;
    }

    /// <summary>The names of θ₁, …, θₚ, in order.</summary>
    public IReadOnlyList<string> ParameterNames => _parameterNames;

    /// <summary>p, the number of parameters.</summary>
    public int ParameterCount => _parameterNames.Length;

    /// <summary>f(x; θ) = a + bx, the straight line, with ∇θ f = (1, x).</summary>
    public static ParametricModel Line() =>
        new(["a", "b"], (x, p) => p[0] + (p[1] * x), (x, p) => [1, x]);

    /// <summary>f(x; A, μ, s) = A exp(−(x − μ)²/(2s²)), with ∇θ f = (g, A g (x − μ)/s², A g (x − μ)²/s³) where g = exp(−(x − μ)²/(2s²)).</summary>
    /// <remarks>The parameters are named A, mu and s. The sign of s does not matter to f, so a fit may return a negative s; read it as |s|.</remarks>
    public static ParametricModel Gaussian() =>
        new(
            ["A", "mu", "s"],
            (x, p) => p[0] * Math.Exp(-(x - p[1]) * (x - p[1]) / (2 * p[2] * p[2])),
            (x, p) =>
            {
                var (a, mu, s) = (p[0], p[1], p[2]);
                var g = Math.Exp(-(x - mu) * (x - mu) / (2 * s * s));
                return [g, a * g * (x - mu) / (s * s), a * g * (x - mu) * (x - mu) / (s * s * s)];
            });

    /// <summary>f(x; θ) with ∇θ f(x; θ) by forward-mode automatic differentiation: one pass with dual numbers per parameter.</summary>
    /// <remarks>Write f with <see cref="Dual"/> parameters, e.g. <c>(x, p) =&gt; p[0] * Dual.Exp(p[1] * x)</c>.</remarks>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="parameterNames"/> is empty, or has a blank or repeated name.</exception>
    public static ParametricModel WithForwardMode(IReadOnlyList<string> parameterNames, Func<double, Dual[], Dual> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(
            parameterNames,
            (x, p) => value(x, p.Select(Dual.Constant).ToArray()).Value,
            (x, p) => ForwardMode.Gradient(dual => value(x, dual), p).ToArray());
    }

    /// <summary>f(x; θ) with ∂f/∂θⱼ ≈ (f(x; θ + hⱼeⱼ) − f(x; θ − hⱼeⱼ)) / 2hⱼ, central differences (2p evaluations per point).</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="parameterNames"/> is empty, or has a blank or repeated name.</exception>
    public static ParametricModel WithFiniteDifferences(IReadOnlyList<string> parameterNames, Func<double, double[], double> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(parameterNames, value, (x, p) => FiniteDifference.Gradient(q => value(x, q), p).ToArray());
    }

    /// <summary>f(x; θ), the model's value at x.</summary>
    /// <exception cref="ArgumentException"><paramref name="parameters"/> does not have one value per parameter.</exception>
    public double Value(double x, IReadOnlyList<double> parameters) => _value(x, Copy(parameters));

    /// <summary>∇θ f(x; θ) = (∂f/∂θ₁, …, ∂f/∂θₚ) at x.</summary>
    /// <exception cref="ArgumentException"><paramref name="parameters"/> does not have one value per parameter.</exception>
    /// <exception cref="InvalidOperationException">The gradient formula returned a number of values other than p.</exception>
    public double[] Gradient(double x, IReadOnlyList<double> parameters)
    {
        var gradient = _gradient(x, Copy(parameters));
        if (gradient is null || gradient.Length != ParameterCount)
        {
            throw new InvalidOperationException($"The model's gradient returned {gradient?.Length ?? 0} values at x = {Check.Describe(x)} but the model has {ParameterCount} parameters ({string.Join(", ", _parameterNames)}); it needs one partial derivative per parameter.");
        }

        return gradient;
    }

    /// <summary>"f(x; a, b)": the model's parameters.</summary>
    public override string ToString() => $"f(x; {string.Join(", ", _parameterNames)})";

    private double[] Copy(IReadOnlyList<double> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (parameters.Count != ParameterCount)
        {
            throw new ArgumentException($"Got {parameters.Count} parameter values but the model has {ParameterCount} ({string.Join(", ", _parameterNames)}).", nameof(parameters));
        }

        return parameters.ToArray();
    }
}
