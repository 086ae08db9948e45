using Calculus.Charts;

namespace Calculus.Tests.Charts;

public sealed class PolarPatchChartTests
{
    private static readonly (double X, double Y)[] s_square = [(1, 1), (2, 1), (2, 2), (1, 2)];

    [Fact]
    public void Of_Square_GridThenTheClosedPatch()
    {
        var figure = PolarPatchChart.Of(s_square, (1, 1), (0.5, 0), (0, 0.25));

        Assert.Equal(PolarPatchChart.Radii.Count + PolarPatchChart.RayDegrees.Count + 1, figure.Data.Count);
        var circle = (Scatter)figure.Data[0];
        Assert.Equal(0.5, circle.X[0], 12); // r = 0.5 at θ = 0
        Assert.Equal(0.5, circle.Y[^1], 12); // and at θ = 90°
        var patch = (Scatter)figure.Data[^1];
        Assert.Equal([1, 2, 2, 1, 1], patch.X);
        Assert.Equal([1, 1, 2, 2, 1], patch.Y);
        Assert.Equal("x", figure.Layout.YAxis!.ScaleAnchor);
    }

    [Fact]
    public void Of_Columns_ArrowsFromTheCornerToCornerPlusColumn()
    {
        var figure = PolarPatchChart.Of(s_square, (1, 1), (0.5, 0.1), (-0.2, 0.25));

        var arrows = figure.Layout.Annotations!;
        Assert.Equal(2, arrows.Count);
        Assert.All(arrows, a => Assert.Equal((1.0, 1.0), (a.AX, a.AY)));
        Assert.Equal((1.5, 1.1), (arrows[0].X, arrows[0].Y));
        Assert.Equal((0.8, 1.25), (arrows[1].X, arrows[1].Y));
    }

    [Fact]
    public void Of_TwoPoints_Throws()
    {
        Assert.Throws<ArgumentException>(() => PolarPatchChart.Of([(0, 0), (1, 1)], (0, 0), (1, 0), (0, 1)));
    }
}
