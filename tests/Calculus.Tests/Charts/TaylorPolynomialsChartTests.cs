using Calculus.Charts;
using Calculus.Taylor;

namespace Calculus.Tests.Charts;

public sealed class TaylorPolynomialsChartTests
{
    [Fact]
    public void Of_GeometricSeries_DrawsTheFunctionPolynomialsAndEdges()
    {
        var figure = TaylorPolynomialsChart.Of("1/(1 − x)", x => 1 / (1 - x), [MaclaurinSeries.Geometric(2), MaclaurinSeries.Geometric(5)],
            -0.5, 0.5, (-5, 12), edges: [-1, 1], points: 3);

        Assert.Equal(5, figure.Data.Count);
        Assert.Equal("P2(x)", figure.Data[1].Name);
        Assert.Equal(1 - 0.5 + 0.25, ((Scatter)figure.Data[1]).Y[0], 12);   // P₂(−0.5)
        Assert.Equal([-1.0, -1.0], ((Scatter)figure.Data[3]).X);
        Assert.Equal([-5.0, 12.0], figure.Layout.YAxis!.Range!);
    }

    [Fact]
    public void Animated_SineOrders_OneFramePerPolynomial()
    {
        var polynomials = new[] { 1, 3, 5 }.Select(MaclaurinSeries.Sin).ToArray();

        var figure = TaylorPolynomialsChart.Animated("sin x", Math.Sin, polynomials, -3, 3, (-2, 2), points: 7);

        Assert.Equal(2, figure.Data.Count);
        Assert.Equal(3, figure.Frames!.Count);
        Assert.Equal("order 5", figure.Frames[2].Name);
        Assert.Equal(-3 + 4.5 - 2.025, ((Scatter)figure.Frames[2].Data[0]).Y[0], 12);   // x − x³/6 + x⁵/120 at −3
        Assert.Throws<ArgumentException>(() => TaylorPolynomialsChart.Animated("f", Math.Sin, [], -1, 1, (-1, 1)));
    }
}
