using Calculus.Charts;
using Calculus.Taylor;

namespace Calculus.Tests.Charts;

public sealed class ErrorScalingChartTests
{
    [Fact]
    public void Of_TwoPowerLaws_DrawsMarkersAndAFitPerSeriesOnLogLogAxes()
    {
        double[] steps = [0.1, 0.01, 0.001];
        var square = ErrorScaling.Measure(h => 3 * h * h, steps);      // slope 2, C = 3
        var cube = ErrorScaling.Measure(h => h * h * h, steps);        // slope 3, C = 1

        var figure = ErrorScalingChart.Of([("n = 1", square), ("n = 2", cube)], "errors");

        Assert.Equal(4, figure.Data.Count);
        Assert.Equal("log", figure.Layout.XAxis!.Type);
        Assert.Equal("log", figure.Layout.YAxis!.Type);
        var markers = Assert.IsType<Scatter>(figure.Data[0]);
        var fit = Assert.IsType<Scatter>(figure.Data[1]);
        Assert.Equal("markers", markers.Mode);
        Assert.Equal("n = 1, slope 2.00", markers.Name);
        Assert.Equal(steps, markers.X);
        Assert.Equal(3e-4, markers.Y[1], 12);
        Assert.Equal("dot", fit.Line!.Dash);
        Assert.Equal(3e-6, fit.Y[2], 12);                           // C·hᵖ = 3·(10⁻³)²
        Assert.Equal(markers.Marker!.Color, fit.Line.Color);
        Assert.NotEqual(markers.Marker.Color, ((Scatter)figure.Data[2]).Marker!.Color);
    }

    [Fact]
    public void Of_NoSeries_Throws() =>
        Assert.Throws<ArgumentException>(() => ErrorScalingChart.Of([]));
}
