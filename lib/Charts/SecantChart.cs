namespace Calculus.Charts;

/// <summary>
/// A curve y = f(x) with secants from x to x + h, each the straight line through (x, f(x)) and (x + h, f(x + h)) with
/// slope (f(x + h) − f(x))/h, drawn across the whole chart with markers at its two points.
/// </summary>
public static class SecantChart
{
    private static readonly string[] s_colours = ["darkorange", "seagreen", "royalblue", "crimson", "purple"];

    /// <summary>f from <paramref name="from"/> to <paramref name="to"/>, with one secant from <paramref name="x"/> to x + h for each run h in <paramref name="runs"/>.</summary>
    /// <exception cref="ArgumentException">The range is empty or not finite, or a run is 0.</exception>
    public static Figure Of(Func<double, double> f, double x, IReadOnlyList<double> runs, double from, double to, string name = "f(x)", string? title = null)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(runs);
        var figure = Chart.Function(f, from, to, name, title);
        for (var i = 0; i < runs.Count; i++)
        {
            var h = runs[i];
            if (h == 0)
            {
                throw new ArgumentException("A secant needs a run h ≠ 0: from x to x + 0 there is no rise over run.", nameof(runs));
            }

            var slope = (f(x + h) - f(x)) / h;
            double[] ts = [from, x, x + h, to];
            figure.Add(new Scatter
            {
                Name = $"secant from {x} to {x + h}, slope {slope}",
                Mode = "lines+markers",
                X = ts,
                Y = ts.Select(t => f(x) + (slope * (t - x))).ToArray(),
                Line = new Line { Color = s_colours[i % s_colours.Length] },
                Marker = new Marker { Size = 9 },
            });
        }

        return figure;
    }
}
