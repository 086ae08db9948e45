using Calculus.Taylor;

namespace Calculus.Charts;

/// <summary>
/// Errors against the step on log-log axes, one colour per series: the measured |error(h)| as markers and the fitted
/// power law C·hᵖ as a dotted line. A Taylor polynomial of order n gives a straight line of slope p = n + 1.
/// </summary>
public static class ErrorScalingChart
{
    private static readonly string[] s_colours = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b"];

    /// <summary>|error(h)| (markers) and its fit C·hᵖ (dotted) for each series, on log-log axes; the legend shows each slope p.</summary>
    /// <param name="series">Each series' name, e.g. "n = 2", and its <see cref="ErrorScaling"/>.</param>
    /// <param name="title">The chart's title.</param>
    /// <param name="stepTitle">The x axis's title.</param>
    /// <param name="errorTitle">The y axis's title.</param>
    /// <exception cref="ArgumentException">There are no series.</exception>
    public static Figure Of(IReadOnlyList<(string Name, ErrorScaling Scaling)> series, string? title = null, string stepTitle = "step h", string errorTitle = "|Rₙ(a + h)|")
    {
        ArgumentNullException.ThrowIfNull(series);
        if (series.Count == 0)
        {
            throw new ArgumentException("There are no error scalings to draw; expected at least one.", nameof(series));
        }

        var figure = new Figure
        {
            Layout = new Layout
            {
                Title = title,
                XAxis = new Axis { Title = stepTitle, Type = "log" },
                YAxis = new Axis { Title = errorTitle, Type = "log" },
            },
        };
        for (var i = 0; i < series.Count; i++)
        {
            var (name, scaling) = series[i];
            var colour = s_colours[i % s_colours.Length];
            var steps = scaling.Steps.ToArray();
            figure.Add(
                new Scatter { Name = $"{name}, slope {scaling.Slope:F2}", Mode = "markers", X = steps, Y = scaling.Errors.ToArray(), Marker = new Marker { Size = 9, Color = colour } },
                new Scatter
                {
                    Name = $"fit C·h^{scaling.Slope:F2}",
                    X = steps,
                    Y = steps.Select(h => scaling.Constant * Math.Pow(h, scaling.Slope)).ToArray(),
                    Line = new Line { Color = colour, Dash = "dot" },
                    ShowLegend = false,
                });
        }

        return figure;
    }
}
