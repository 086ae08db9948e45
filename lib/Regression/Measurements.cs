namespace Calculus.Regression;

/// <summary>
/// Data to fit: points (xᵢ, yᵢ), each with its measurement uncertainty σᵢ (the standard deviation of yᵢ).
/// Checked once, here, so that every fit can trust it.
/// </summary>
/// <remarks>
/// Without uncertainties every σᵢ is 1, so χ² is the plain sum of squared residuals Σ (yᵢ − f(xᵢ))²; then χ²
/// per degree of freedom and the p-value only mean something if the scatter of y really is about 1.
/// </remarks>
public sealed class Measurements
{
    private readonly double[] _x;
    private readonly double[] _y;
    private readonly double[] _sigma;

    /// <summary>Measurements read from a dataset: xᵢ, yᵢ and σᵢ of each <see cref="Calculus.Data.MeasuredPoint"/>.</summary>
    /// <exception cref="ArgumentException">There are no points, or a value is not finite or a σ is not positive.</exception>
    public static Measurements From(IEnumerable<Calculus.Data.MeasuredPoint> points)
    {
        var list = points.ToList();
        return new Measurements(list.Select(p => p.X).ToArray(), list.Select(p => p.Y).ToArray(), list.Select(p => p.Sigma).ToArray());
    }

    /// <summary>
    /// A histogram as measurements: x the bin centres, y the counts, σ = √(n + 1) (Poisson counting error, with 1 added
    /// so that an empty bin has an uncertainty instead of σ = 0).
    /// </summary>
    /// <exception cref="ArgumentException">There are no bins.</exception>
    public static Measurements FromHistogram(IEnumerable<Calculus.Data.HeightBin> bins)
    {
        var list = bins.ToList();
        return new Measurements(
            list.Select(b => b.CentreCm).ToArray(),
            list.Select(b => (double)b.Count).ToArray(),
            list.Select(b => Math.Sqrt(b.Count + 1.0)).ToArray());
    }

    /// <summary>The points (xᵢ, yᵢ ± σᵢ); σᵢ = 1 for every point when <paramref name="sigma"/> is omitted.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="x"/> or <paramref name="y"/> is null.</exception>
    /// <exception cref="ArgumentException">x is empty; x, y and σ have different lengths; a value is NaN or infinite; or a σᵢ is zero or negative.</exception>
    public Measurements(IReadOnlyList<double> x, IReadOnlyList<double> y, IReadOnlyList<double>? sigma = null)
    {
        _x = DataCheck.FiniteValues(x, nameof(x));
        ArgumentNullException.ThrowIfNull(y);
        DataCheck.SameLength(_x.Length, nameof(x), y.Count, nameof(y));
        _y = DataCheck.FiniteValues(y, nameof(y));
        if (sigma is null)
        {
            _sigma = Enumerable.Repeat(1.0, _x.Length).ToArray();
        }
        else
        {
            DataCheck.SameLength(_x.Length, nameof(x), sigma.Count, nameof(sigma));
            _sigma = DataCheck.Uncertainties(sigma, nameof(sigma));
        }

        HasUncertainties = sigma is not null;
    }

    /// <summary>xᵢ, the inputs.</summary>
    public IReadOnlyList<double> X => _x;

    /// <summary>yᵢ, the measured outputs.</summary>
    public IReadOnlyList<double> Y => _y;

    /// <summary>σᵢ, the uncertainty of each yᵢ (all 1 when none were given).</summary>
    public IReadOnlyList<double> Sigma => _sigma;

    /// <summary>n, the number of data points.</summary>
    public int Count => _x.Length;

    /// <summary>Whether uncertainties σᵢ were given (otherwise every σᵢ is 1).</summary>
    public bool HasUncertainties { get; }

    /// <summary>wᵢ = 1/σᵢ², the weight of each point in χ².</summary>
    public IReadOnlyList<double> Weights => _sigma.Select(s => 1 / (s * s)).ToArray();
}
