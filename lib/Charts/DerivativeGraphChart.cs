namespace Calculus.Charts;

/// <summary>
/// A function and candidate graphs for its derivative, in a 2 × 2 grid: f at the top left in black, then the candidates
/// A, B and C, each panel with its own y axis, for the question "which graph is f′?".
/// </summary>
public static class DerivativeGraphChart
{
    private const int Points = 200;

    /// <summary>f and three candidates on [<paramref name="from"/>, <paramref name="to"/>], the candidates labelled A, B and C in order.</summary>
    /// <param name="f">The function whose derivative is sought.</param>
    /// <param name="candidates">Three functions, one of which is f′.</param>
    /// <param name="from">The left end of the x range drawn.</param>
    /// <param name="to">The right end of the x range drawn.</param>
    /// <param name="title">The chart's title.</param>
    /// <exception cref="ArgumentException">There are not three candidates, or the range is empty or not finite.</exception>
    public static Figure Of(Func<double, double> f, IReadOnlyList<Func<double, double>> candidates, double from, double to, string? title = "Which graph, A, B or C, is f′?")
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(candidates);
        if (candidates.Count != 3)
        {
            throw new ArgumentException($"Expected 3 candidates, A, B and C; got {candidates.Count}.", nameof(candidates));
        }

        var xs = Sampling.Linspace(from, to, Points);
        var chart = new Figure
        {
            Layout = new Layout
            {
                Title = title,
                Grid = new SubplotGrid { Rows = 2, Columns = 2, Pattern = "independent" },
                ShowLegend = false,
                Height = 550,
                Annotations = [],
            },
        };
        (string Name, Func<double, double> F, string Color)[] panels =
            [("f(x)", f, "black"), ("A", candidates[0], "royalblue"), ("B", candidates[1], "royalblue"), ("C", candidates[2], "royalblue")];
        for (var panel = 1; panel <= panels.Length; panel++)
        {
            var (name, g, color) = panels[panel - 1];
            var (xAxis, yAxis) = SubplotGrid.Axes(panel);
            chart.Add(new Scatter { Name = name, X = xs, Y = Sampling.Evaluate(g, xs), Line = new Line { Color = color, Width = 3 }, XAxis = xAxis, YAxis = yAxis });
            chart.Layout.Annotations!.Add(new Annotation
            {
                Text = $"<b>{name}</b>",
                X = 0.5,
                Y = 1.1,
                XRef = $"{xAxis} domain",
                YRef = $"{yAxis} domain",
                ShowArrow = false,
            });
        }

        return chart;
    }
}
