using Calculus.Charts;

namespace Calculus.Tests.Charts;

public sealed class RiseOverRunChartTests
{
    [Fact]
    public void Of_TwoPoints_MarkersTheLineThroughThemAndTheRunAndRise()
    {
        // Through (1, 3) and (3, 7): m = 4/2 = 2, c = 3 − 2 = 1, so y = 1 + 2x.
        double[] xs = [0, 1, 2, 3, 4];
        double[] ys = [1.2, 2.9, 5.1, 7.0, 8.8];

        var figure = RiseOverRunChart.Of(xs, ys, (1, 3), (3, 7));

        Assert.Equal(3, figure.Data.Count);
        Assert.Equal("markers", ((Scatter)figure.Data[0]).Mode);
        var line = (Scatter)figure.Data[1];
        Assert.Equal([0, 4], line.X);
        Assert.Equal([1, 9], line.Y);
        Assert.Equal("model y = 1.00 + 2.00x", line.Name);
        var step = (Scatter)figure.Data[2];
        Assert.Equal([1, 3, 3], step.X);
        Assert.Equal([3, 3, 7], step.Y);
    }

    [Fact]
    public void Of_NoRun_Throws()
    {
        Assert.Throws<ArgumentException>(() => RiseOverRunChart.Of([1, 2], [1, 2], (1, 1), (1, 2)));
    }

    [Fact]
    public void Of_LengthsDiffer_Throws()
    {
        Assert.Throws<ArgumentException>(() => RiseOverRunChart.Of([1, 2], [1], (1, 1), (2, 2)));
    }
}
