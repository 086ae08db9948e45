using Calculus.Charts;

namespace Calculus.Tests.Charts;

public sealed class OverfittingChartTests
{
    [Fact]
    public void Of_ThreeDegrees_TwoLinesOnALogAxisWithZeroAtTheFloor()
    {
        var chart = OverfittingChart.Of([4.0, 1.0, 0.0], [5.0, 1.2, 19.0], "overfitting");

        Assert.Equal(2, chart.Data.Count);
        var training = Assert.IsType<Scatter>(chart.Data[0]);
        Assert.Equal([0.0, 1, 2], training.X);
        Assert.Equal([4.0, 1.0, OverfittingChart.Floor], training.Y);
        Assert.Equal([5.0, 1.2, 19.0], ((Scatter)chart.Data[1]).Y);
        Assert.Equal("log", chart.Layout.YAxis!.Type);
    }

    [Fact]
    public void Of_DifferentLengths_Throws()
    {
        Assert.Throws<ArgumentException>(() => OverfittingChart.Of([1.0, 2.0], [1.0]));
    }
}
