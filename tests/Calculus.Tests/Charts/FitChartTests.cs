using Calculus.Charts;
using Calculus.Data;
using Calculus.Regression;

namespace Calculus.Tests.Charts;

public sealed class FitChartTests
{
    private static Measurements ThreePoints => new([0.0, 1.0, 2.0], [1.0, 3.0, 4.0], [0.5, 0.5, 1.0]);

    [Fact]
    public void Of_ThreePointsAndALine_ErrorBarsPointsThenTheCurve()
    {
        var chart = FitChart.Of(ThreePoints, [new FitCurve("y = 1 + 2x", x => 1 + (2 * x), "seagreen", "dash")], -1, 3, "a fit");

        Assert.Equal(3, chart.Data.Count);
        var bars = Assert.IsType<Scatter>(chart.Data[0]);
        // One segment per point, y − σ to y + σ, each followed by a gap.
        Assert.Equal(9, bars.Y.Length);
        Assert.Equal([0.5, 1.5], bars.Y[0..2]);
        Assert.Equal([3.0, 5.0], bars.Y[6..8]);
        Assert.True(double.IsNaN(bars.X[2]));
        var points = Assert.IsType<Scatter>(chart.Data[1]);
        Assert.Equal("markers", points.Mode);
        Assert.Equal([1.0, 3.0, 4.0], points.Y);
        var line = Assert.IsType<Scatter>(chart.Data[2]);
        Assert.Equal("dash", line.Line!.Dash);
        Assert.Equal(-1, line.X[0]);
        Assert.Equal(7, line.Y[^1], 12);
    }

    [Fact]
    public void Of_WithoutErrorBarsWithHeldOut_PointsCurveAndOpenCircles()
    {
        var chart = FitChart.Of(ThreePoints, [new FitCurve("flat", _ => 2, "grey")], 0, 2, errorBars: false, yRange: [-5, 25]);
        FitChart.WithHeldOut(chart, new Measurements([0.5], [2.0]), "held out");

        Assert.Equal(3, chart.Data.Count);
        Assert.Equal("markers", ((Scatter)chart.Data[0]).Mode);
        var heldOut = Assert.IsType<Scatter>(chart.Data[2]);
        Assert.Equal("circle-open", heldOut.Marker!.Symbol);
        Assert.Equal([-5.0, 25.0], chart.Layout.YAxis!.Range!);
    }

    [Fact]
    public void Histogram_TwoBins_OutlineErrorBarsAndCurvesOverTheBins()
    {
        HeightBin[] bins = [new(150, 152, 3), new(152, 154, 8)];

        var chart = FitChart.Histogram(bins, [new FitCurve("model", _ => 5, "crimson")], "heights");

        Assert.Equal(3, chart.Data.Count);
        var outline = Assert.IsType<Scatter>(chart.Data[0]);
        Assert.Equal([150.0, 150, 152, 152, 152, 152, 154, 154], outline.X);
        Assert.Equal([0.0, 3, 3, 0, 0, 8, 8, 0], outline.Y);
        var bars = Assert.IsType<Scatter>(chart.Data[1]);
        // σ = √(count + 1): 2 for 3 people, 3 for 8.
        Assert.Equal([1.0, 5.0], bars.Y[0..2]);
        Assert.Equal([5.0, 11.0], bars.Y[3..5]);
        var curve = Assert.IsType<Scatter>(chart.Data[2]);
        Assert.Equal(150, curve.X[0]);
        Assert.Equal(154, curve.X[^1]);
        Assert.Equal("people per 2 cm bin", chart.Layout.YAxis!.Title!.Text);
    }

    [Fact]
    public void Histogram_NoBins_Throws()
    {
        Assert.Throws<ArgumentException>(() => FitChart.Histogram([], []));
    }
}
