using Calculus.Data;
using Calculus.Regression;

namespace Calculus.Charts;

/// <summary>
/// A fit drawn with its data: the measurements (yᵢ ± σᵢ as error bars), any points held out of the fit, and the model
/// curves; or a histogram's outline with its ±√(count + 1) error bars and the curves fitted to it.
/// </summary>
public static class FitChart
{
    private const int CurveSamples = 200;

    /// <summary>The measurements, with ±σ error bars unless <paramref name="errorBars"/> is false, and each curve sampled on [from, to].</summary>
    /// <param name="data">The measurements (xᵢ, yᵢ ± σᵢ).</param>
    /// <param name="curves">The model curves, drawn in order.</param>
    /// <param name="from">Where the curves start.</param>
    /// <param name="to">Where the curves end.</param>
    /// <param name="title">The chart's title.</param>
    /// <param name="dataName">The legend entry of the points.</param>
    /// <param name="errorBars">Whether to draw the ±σ error bars.</param>
    /// <param name="yRange">The y axis's range, or null to fit the data.</param>
    /// <exception cref="ArgumentException">The range is empty or not finite.</exception>
    public static Figure Of(Measurements data, IReadOnlyList<FitCurve> curves, double from, double to, string? title = null, string dataName = "measurements", bool errorBars = true, double[]? yRange = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(curves);
        var chart = Empty(title, "x", "y", yRange);
        if (errorBars)
        {
            chart.Add(ErrorBars(data, "±σ", "grey"));
        }

        chart.Add(new Scatter { Name = dataName, Mode = "markers", X = data.X.ToArray(), Y = data.Y.ToArray(), Marker = new Marker { Color = "black", Size = 7 } });
        return chart.Add(curves.Select(c => Curve(c, from, to)).ToArray());
    }

    /// <summary>Adds points the fit did not see, as open circles; returns the chart.</summary>
    public static Figure WithHeldOut(Figure chart, Measurements heldOut, string name = "held-out points")
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentNullException.ThrowIfNull(heldOut);
        return chart.Add(new Scatter
        {
            Name = name,
            Mode = "markers",
            X = heldOut.X.ToArray(),
            Y = heldOut.Y.ToArray(),
            Marker = new Marker { Color = "black", Size = 8, Symbol = "circle-open" },
        });
    }

    /// <summary>A histogram's outline (up, across and down at each bin), its counts' error bars ±√(count + 1), and each curve sampled over the bins.</summary>
    /// <param name="bins">The histogram's bins.</param>
    /// <param name="curves">The model curves, drawn in order.</param>
    /// <param name="title">The chart's title.</param>
    /// <param name="binName">The legend entry of the outline.</param>
    /// <exception cref="ArgumentException">There are no bins.</exception>
    public static Figure Histogram(IReadOnlyList<HeightBin> bins, IReadOnlyList<FitCurve> curves, string? title = null, string binName = "heights")
    {
        ArgumentNullException.ThrowIfNull(bins);
        ArgumentNullException.ThrowIfNull(curves);
        if (bins.Count == 0)
        {
            throw new ArgumentException("The histogram has no bins.", nameof(bins));
        }

        var (from, to) = (bins.Min(b => b.LowerCm), bins.Max(b => b.UpperCm));
        var outline = new Scatter
        {
            Name = binName,
            X = bins.SelectMany(bin => new[] { bin.LowerCm, bin.LowerCm, bin.UpperCm, bin.UpperCm }).ToArray(),
            Y = bins.SelectMany(bin => new[] { 0.0, bin.Count, bin.Count, 0.0 }).ToArray(),
            Line = new Line { Color = "lightslategrey" },
        };
        return Empty(title, "height (cm)", $"people per {bins[0].UpperCm - bins[0].LowerCm:G3} cm bin", null)
            .Add(outline, ErrorBars(Measurements.FromHistogram(bins), "±σ = √(count + 1)", "black"))
            .Add(curves.Select(c => Curve(c, from, to)).ToArray());
    }

    private static Figure Empty(string? title, string xTitle, string yTitle, double[]? yRange) => new()
    {
        Layout = new Layout
        {
            Title = title,
            XAxis = new Axis { Title = xTitle },
            YAxis = new Axis { Title = yTitle, Range = yRange },
        },
    };

    // Error bars as one trace: a vertical segment from y − σ to y + σ at each x, the segments separated by gaps (NaN).
    private static Scatter ErrorBars(Measurements data, string name, string colour) => new()
    {
        Name = name,
        Mode = "lines+markers",
        X = data.X.SelectMany(x => new[] { x, x, double.NaN }).ToArray(),
        Y = Enumerable.Range(0, data.Count).SelectMany(i => new[] { data.Y[i] - data.Sigma[i], data.Y[i] + data.Sigma[i], double.NaN }).ToArray(),
        Line = new Line { Color = colour, Width = 1 },
        Marker = new Marker { Color = colour, Size = 4, Symbol = "line-ew-open" },
    };

    private static Scatter Curve(FitCurve curve, double from, double to)
    {
        var xs = Sampling.Linspace(from, to, CurveSamples + 1);
        return new Scatter { Name = curve.Name, X = xs, Y = Sampling.Evaluate(curve.F, xs), Line = new Line { Color = curve.Colour, Dash = curve.Dash } };
    }
}
