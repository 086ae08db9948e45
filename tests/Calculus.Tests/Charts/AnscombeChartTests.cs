using Calculus.Charts;
using Calculus.Data;

namespace Calculus.Tests.Charts;

public sealed class AnscombeChartTests
{
    private static readonly string[] s_panels = ["I", "II", "III", "IV"];

    [Fact]
    public void Of_TheQuartet_FourPanelsEachWithItsPointsAndLine()
    {
        var quartet = Datasets.Anscombe(AppContext.BaseDirectory);
        var lines = Enumerable.Repeat((A: 3.0, B: 0.5), 4).ToList();

        var chart = AnscombeChart.Of(quartet, lines, s_panels, "quartet");

        Assert.Equal(8, chart.Data.Count);
        Assert.Equal(2, chart.Layout.Grid!.Rows);
        Assert.Equal(["x", "x", "x2", "x2", "x3", "x3", "x4", "x4"], chart.Data.Select(t => t.XAxis));
        Assert.All(chart.Data.Where((_, k) => k % 2 == 0), t => Assert.Equal(11, ((Scatter)t).X.Length));
        var line = Assert.IsType<Scatter>(chart.Data[7]);
        // y = 3 + 0.5x at x = 3 and x = 20.
        Assert.Equal([4.5, 13.0], line.Y);
        Assert.Equal(s_panels, chart.Layout.Annotations!.Select(a => a.Text));
    }

    [Fact]
    public void Of_ThreeLines_Throws()
    {
        Assert.Throws<ArgumentException>(() => AnscombeChart.Of([], [(0, 0), (0, 0), (0, 0)], s_panels));
    }
}
