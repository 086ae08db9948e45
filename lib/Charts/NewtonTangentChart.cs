namespace Calculus.Charts;

/// <summary>
/// Newton–Raphson drawn: the graph of f, and from each iterate (xₙ, f(xₙ)) the tangent down to where it meets the axis,
/// xₙ₊₁ = xₙ − f(xₙ)/f'(xₙ), with a dotted line back up to the curve, where the next tangent starts.
/// </summary>
public static class NewtonTangentChart
{
    /// <summary>f on [from, to] with the tangent from (xₙ, f(xₙ)) to (xₙ₊₁, 0) for the first <paramref name="steps"/> iterates, and the iterates labelled x0, x1, ….</summary>
    /// <param name="f">The function whose root is sought.</param>
    /// <param name="iterates">x₀, x₁, … as Newton–Raphson produced them (for example <c>NewtonRaphsonResult.Iterates</c>).</param>
    /// <param name="from">The left end of the x range drawn.</param>
    /// <param name="to">The right end of the x range drawn.</param>
    /// <param name="title">The chart's title.</param>
    /// <param name="steps">How many tangents to draw; fewer are drawn when there are fewer iterates.</param>
    /// <exception cref="ArgumentException">There are no iterates, or the range is empty or not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="steps"/> is negative.</exception>
    public static Figure Of(Func<double, double> f, IReadOnlyList<double> iterates, double from, double to, string? title = null, int steps = 4)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(iterates);
        if (iterates.Count == 0)
        {
            throw new ArgumentException("There are no iterates; expected at least the start x₀.", nameof(iterates));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(steps);
        var chart = Chart.Function(f, from, to, "f(x)", title);
        chart.Layout.ShowLegend = false;
        var tangents = Math.Min(steps, iterates.Count - 1);
        for (var n = 0; n < tangents; n++)
        {
            var (x, next) = (iterates[n], iterates[n + 1]);
            chart.Add(
                new Scatter { Name = $"tangent at x{n}", X = [x, next], Y = [f(x), 0], Line = new Line { Dash = "dash", Color = "orangered" } },
                new Scatter { Name = $"x{n + 1}", X = [next, next], Y = [0, f(next)], Line = new Line { Dash = "dot", Color = "gray" } });
        }

        var shown = iterates.Take(tangents + 1).ToArray();
        return chart.Add(new Scatter
        {
            Name = "iterates",
            Mode = "markers+text",
            X = shown,
            Y = shown.Select(f).ToArray(),
            Text = Enumerable.Range(0, shown.Length).Select(n => $"x{n}").ToArray(),
            TextPosition = "top left",
            Marker = new Marker { Color = "orangered", Size = 8 },
        });
    }
}
