using Calculus.Charts;
using Calculus.NeuralNetworks;

namespace Calculus.Tests.Charts;

public sealed class GradientCostChartTests
{
    private static readonly GradientCostMeasurement[] s_measurements =
    [
        new("1-2-2", 16, 16, 1, 33, 0.2, 0.04, 0.003, 0),
        new("1-4-4", 38, 38, 1, 77, 1.0, 0.1, 0.005, 0),
    ];

    [Fact]
    public void Passes_TwoNetworks_ThreeSeriesAgainstPOnLogLogAxes()
    {
        var figure = GradientCostChart.Passes(s_measurements);

        Assert.Equal(3, figure.Data.Count);
        Assert.Equal("log", figure.Layout.XAxis!.Type);
        Assert.Equal("log", figure.Layout.YAxis!.Type);
        var differences = (Scatter)figure.Data[0];
        Assert.Equal([16.0, 38.0], differences.X);
        Assert.Equal([33.0, 77.0], differences.Y);
        Assert.Equal([1.0, 1.0], ((Scatter)figure.Data[2]).Y);
        Assert.Equal(["1-2-2", "1-4-4"], differences.HoverText!);
    }

    [Fact]
    public void Times_TwoNetworks_PlotsTheMilliseconds()
    {
        var figure = GradientCostChart.Times(s_measurements);

        Assert.Equal([0.003, 0.005], ((Scatter)figure.Data[2]).Y);
        Assert.Throws<ArgumentException>(() => GradientCostChart.Times([]));
    }
}
