using Calculus.Data;

namespace Calculus.Charts;

/// <summary>Anscombe's quartet drawn: four panels in a 2 × 2 grid, each set's points and its least-squares line y = a + bx, each panel named.</summary>
public static class AnscombeChart
{
    /// <summary>The four sets of <paramref name="quartet"/> (Set = 1 … 4), set k with the line a + bx of <paramref name="lines"/>[k − 1] and the name <paramref name="panelTitles"/>[k − 1].</summary>
    /// <param name="quartet">The points of all four sets.</param>
    /// <param name="lines">Each set's fitted line (a, b), in set order.</param>
    /// <param name="panelTitles">Each panel's name, in set order.</param>
    /// <param name="title">The chart's title.</param>
    /// <exception cref="ArgumentException">There are not four lines and four panel titles.</exception>
    public static Figure Of(IReadOnlyList<AnscombePoint> quartet, IReadOnlyList<(double A, double B)> lines, IReadOnlyList<string> panelTitles, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(quartet);
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(panelTitles);
        if (lines.Count != 4 || panelTitles.Count != 4)
        {
            throw new ArgumentException($"Expected 4 lines and 4 panel titles, one per set; got {lines.Count} and {panelTitles.Count}.", nameof(lines));
        }

        var chart = new Figure
        {
            Layout = new Layout
            {
                Title = title,
                Grid = new SubplotGrid { Rows = 2, Columns = 2, Pattern = "independent" },
                ShowLegend = false,
                Height = 650,
                Annotations = [],
            },
        };
        for (var set = 1; set <= 4; set++)
        {
            var (xAxis, yAxis) = SubplotGrid.Axes(set);
            var points = quartet.Where(p => p.Set == set).ToArray();
            var (a, b) = lines[set - 1];
            chart.Add(
                new Scatter
                {
                    Name = panelTitles[set - 1],
                    Mode = "markers",
                    X = points.Select(p => p.X).ToArray(),
                    Y = points.Select(p => p.Y).ToArray(),
                    Marker = new Marker { Color = "royalblue", Size = 8 },
                    XAxis = xAxis,
                    YAxis = yAxis,
                },
                new Scatter { Name = $"y = {a:F2} + {b:F3}x", X = [3.0, 20.0], Y = [a + 3 * b, a + 20 * b], Line = new Line { Color = "crimson" }, XAxis = xAxis, YAxis = yAxis });
            chart.Layout.Annotations!.Add(new Annotation { Text = panelTitles[set - 1], X = 8.5, Y = 12.8, XRef = xAxis, YRef = yAxis, AXRef = xAxis, AYRef = yAxis, ShowArrow = false });
        }

        return chart;
    }
}
