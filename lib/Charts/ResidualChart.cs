using Calculus.Regression;

namespace Calculus.Charts;

/// <summary>
/// The residuals of one or more fits, each in units of its point's uncertainty, (yᵢ − f(xᵢ))/σᵢ against xᵢ, with the
/// zero line and the ±1 band: a right model scatters about zero, about two points in three inside the band, with no pattern.
/// </summary>
public static class ResidualChart
{
    /// <summary>The normalised residuals rᵢ = (yᵢ − f(xᵢ))/σᵢ of each fit as points joined by thin lines, over the lines r = 0 and r = ±1.</summary>
    /// <param name="data">The measurements (xᵢ, yᵢ ± σᵢ).</param>
    /// <param name="fits">The fitted models (name, f, colour, dash); each gives one trace of residuals.</param>
    /// <param name="title">The chart's title.</param>
    /// <param name="xTitle">The x axis's title.</param>
    /// <exception cref="ArgumentException">There are no data points or no fits, or a model is not finite at some xᵢ.</exception>
    public static Figure Of(Measurements data, IReadOnlyList<FitCurve> fits, string? title = null, string xTitle = "x")
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(fits);
        if (data.Count == 0 || fits.Count == 0)
        {
            throw new ArgumentException($"A residual chart needs data and at least one fit; got {data.Count} points and {fits.Count} fits.", nameof(fits));
        }

        var (from, to) = (data.X.Min(), data.X.Max());
        var chart = new Figure
        {
            Layout = new Layout
            {
                Title = title,
                XAxis = new Axis { Title = xTitle },
                YAxis = new Axis { Title = "(y − f(x))/σ" },
            },
        };
        chart.Add(
            new Scatter { Name = "r = 0", X = [from, to], Y = [0.0, 0.0], Line = new Line { Color = "black", Width = 1 } },
            new Scatter { Name = "r = ±1", X = [from, to, double.NaN, from, to], Y = [1.0, 1.0, double.NaN, -1.0, -1.0], Line = new Line { Color = "grey", Width = 1, Dash = "dot" } });
        foreach (var fit in fits)
        {
            var residuals = Enumerable.Range(0, data.Count).Select(i => Residual(data, fit, i)).ToArray();
            chart.Add(new Scatter
            {
                Name = fit.Name,
                Mode = "lines+markers",
                X = data.X.ToArray(),
                Y = residuals,
                Line = new Line { Color = fit.Colour, Width = 1, Dash = fit.Dash },
                Marker = new Marker { Color = fit.Colour, Size = 6 },
            });
        }

        return chart;
    }

    private static double Residual(Measurements data, FitCurve fit, int i)
    {
        var fitted = fit.F(data.X[i]);
        if (!double.IsFinite(fitted))
        {
            throw new ArgumentException($"The fit \"{fit.Name}\" is {fitted} at x = {data.X[i]}; residuals need a finite model value at every point.", nameof(fit));
        }

        return (data.Y[i] - fitted) / data.Sigma[i];
    }
}
