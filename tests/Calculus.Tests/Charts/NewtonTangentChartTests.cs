using Calculus.Charts;

namespace Calculus.Tests.Charts;

public sealed class NewtonTangentChartTests
{
    private static double Cubic(double x) => (x * x * x) - (2 * x) - 5;

    [Fact]
    public void Of_TwoSteps_DrawsTheCurveTwoTangentsTwoDropLinesAndTheIterates()
    {
        double[] iterates = [4, 4 - (51.0 / 46), 2.3];

        var chart = NewtonTangentChart.Of(Cubic, iterates, 1.5, 4.3, steps: 2);

        // f, then (tangent, drop line) per step, then the iterates.
        Assert.Equal(1 + (2 * 2) + 1, chart.Data.Count);
        var firstTangent = Assert.IsType<Scatter>(chart.Data[1]);
        Assert.Equal([4, 4 - (51.0 / 46)], firstTangent.X);
        Assert.Equal([51, 0], firstTangent.Y);
        Assert.Equal("dash", firstTangent.Line!.Dash);
        var drop = Assert.IsType<Scatter>(chart.Data[2]);
        Assert.Equal(0, drop.Y[0]);
        Assert.Equal(Cubic(iterates[1]), drop.Y[1], 12);
        var points = Assert.IsType<Scatter>(chart.Data[^1]);
        Assert.Equal("markers+text", points.Mode);
        Assert.Equal(["x0", "x1", "x2"], points.Text!);
        Assert.False(chart.Layout.ShowLegend);
    }

    [Fact]
    public void Of_MoreStepsThanIterates_DrawsOnlyTheTangentsThereAre()
    {
        var chart = NewtonTangentChart.Of(Cubic, [4, 2.9], 1.5, 4.3, steps: 5);

        Assert.Equal(1 + 2 + 1, chart.Data.Count);
        Assert.Equal(2, ((Scatter)chart.Data[^1]).X.Length);
    }

    [Fact]
    public void Of_NoIterates_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => NewtonTangentChart.Of(Cubic, [], 0, 1));

        Assert.Contains("x₀", error.Message);
    }
}
