using Calculus.Charts;

namespace Calculus.Tests.Charts;

public sealed class DerivativeGraphChartTests
{
    private static double Cube(double x) => x * x * x;

    [Fact]
    public void Of_ACubeAndThreeCandidates_DrawsFourPanelsOnAGrid()
    {
        Func<double, double>[] candidates = [x => 3 * x * x, x => -3 * x * x, x => 6 * x];

        var chart = DerivativeGraphChart.Of(Cube, candidates, -2, 2);

        Assert.Equal(4, chart.Data.Count);
        var panels = chart.Data.Cast<Scatter>().ToArray();
        Assert.Equal(["f(x)", "A", "B", "C"], panels.Select(p => p.Name));
        Assert.Equal(["x", "x2", "x3", "x4"], panels.Select(p => p.XAxis));
        Assert.Equal(["y", "y2", "y3", "y4"], panels.Select(p => p.YAxis));
        Assert.Equal(new SubplotGrid { Rows = 2, Columns = 2 }.Rows, chart.Layout.Grid!.Rows);
        Assert.Equal(2, chart.Layout.Grid.Columns);
        Assert.False(chart.Layout.ShowLegend);
    }

    [Fact]
    public void Of_ACubeAndThreeCandidates_SamplesEachFunctionOverTheRange()
    {
        Func<double, double>[] candidates = [x => 3 * x * x, x => -3 * x * x, x => 6 * x];

        var panels = DerivativeGraphChart.Of(Cube, candidates, -2, 2).Data.Cast<Scatter>().ToArray();

        Assert.All(panels, p => Assert.Equal((-2.0, 2.0), (p.X[0], p.X[^1])));
        Assert.Equal([-8, 8], [panels[0].Y[0], panels[0].Y[^1]]);
        Assert.Equal([12, 12], [panels[1].Y[0], panels[1].Y[^1]]);
        Assert.Equal([-12, -12], [panels[2].Y[0], panels[2].Y[^1]]);
        Assert.Equal([-12, 12], [panels[3].Y[0], panels[3].Y[^1]]);
        Assert.Equal("black", panels[0].Line!.Color);
    }

    [Fact]
    public void Of_ACubeAndThreeCandidates_LabelsEachPanelAboveItsOwnAxes()
    {
        Func<double, double>[] candidates = [x => 3 * x * x, x => -3 * x * x, x => 6 * x];

        var labels = DerivativeGraphChart.Of(Cube, candidates, -2, 2).Layout.Annotations!;

        Assert.Equal(["<b>f(x)</b>", "<b>A</b>", "<b>B</b>", "<b>C</b>"], labels.Select(a => a.Text));
        Assert.Equal(["x domain", "x2 domain", "x3 domain", "x4 domain"], labels.Select(a => a.XRef));
        Assert.All(labels, a => Assert.False(a.ShowArrow));
    }

    [Fact]
    public void Of_TwoCandidates_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => DerivativeGraphChart.Of(Cube, [x => x, x => -x], -1, 1));

        Assert.Contains("3 candidates", error.Message);
    }
}
