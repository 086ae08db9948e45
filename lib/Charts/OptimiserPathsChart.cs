namespace Calculus.Charts;

/// <summary>
/// One or more optimisers' paths over the contours of a function of two variables, e.g. gradient descent against
/// momentum: each path is a line through its iterates, and the axes have equal units, so that a step at right angles
/// to a contour looks it.
/// </summary>
public static class OptimiserPathsChart
{
    /// <summary>Contours of f(x, y) on the rectangle x × y (without a colour bar, which would cover the legend) and each path over them.</summary>
    /// <param name="f">The function whose contours are drawn (often ln(1 + f), so that a deep valley shows).</param>
    /// <param name="x">The x range.</param>
    /// <param name="y">The y range.</param>
    /// <param name="paths">The paths, drawn in order.</param>
    /// <param name="title">The chart's title.</param>
    /// <param name="height">The chart's height in pixels.</param>
    /// <exception cref="ArgumentException">There are no paths, a path has no points, or a range is empty or not finite.</exception>
    public static Figure Of(Func<double, double, double> f, (double From, double To) x, (double From, double To) y, IReadOnlyList<OptimiserPath> paths, string? title = null, int height = 500)
    {
        ArgumentNullException.ThrowIfNull(paths);
        if (paths.Count == 0)
        {
            throw new ArgumentException("There are no paths to draw.", nameof(paths));
        }

        var empty = paths.FirstOrDefault(p => p.Points.Count == 0);
        if (empty is not null)
        {
            throw new ArgumentException($"The path '{empty.Name}' has no points; expected at least its start.", nameof(paths));
        }

        var chart = Chart.Contours(f, x, y, title);
        ((Contour)chart.Data[0]).ShowScale = false;
        chart.Layout.Height = height;
        foreach (var path in paths)
        {
            chart.Add(new Scatter
            {
                Name = path.Name,
                Mode = path.Markers ? "lines+markers" : "lines",
                X = path.Points.Select(p => p.X).ToArray(),
                Y = path.Points.Select(p => p.Y).ToArray(),
                Line = new Line { Color = path.Colour, Width = path.Width },
                Marker = path.Markers ? new Marker { Color = path.Colour, Size = path.MarkerSize } : null,
            });
        }

        return chart;
    }
}
