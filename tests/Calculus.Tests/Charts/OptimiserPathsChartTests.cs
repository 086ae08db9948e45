using Calculus.Charts;
using Calculus.Optimisation;
using MathNet.Numerics.LinearAlgebra;

namespace Calculus.Tests.Charts;

public sealed class OptimiserPathsChartTests
{
    private static double Bowl(double x, double y) => (x * x) + (4 * y * y);

    [Fact]
    public void Of_TwoPaths_ContoursWithoutColourBarThenOneLinePerPath()
    {
        OptimiserPath[] paths =
        [
            new("descent", [(2, 1), (1, 0.5), (0, 0)], "white"),
            new("momentum", [(2, 1), (0, 0)], "orangered") { Markers = false, Width = 3 },
        ];

        var chart = OptimiserPathsChart.Of(Bowl, (-3, 3), (-2, 2), paths, "two paths", height: 450);

        Assert.Equal(3, chart.Data.Count);
        var contours = Assert.IsType<Contour>(chart.Data[0]);
        Assert.False(contours.ShowScale);
        var descent = Assert.IsType<Scatter>(chart.Data[1]);
        Assert.Equal("lines+markers", descent.Mode);
        Assert.Equal([2, 1, 0], descent.X);
        Assert.Equal([1, 0.5, 0], descent.Y);
        var momentum = Assert.IsType<Scatter>(chart.Data[2]);
        Assert.Equal("lines", momentum.Mode);
        Assert.Null(momentum.Marker);
        Assert.Equal(3, momentum.Line!.Width);
        Assert.Equal(450, chart.Layout.Height);
        Assert.Equal("x", chart.Layout.YAxis!.ScaleAnchor);
    }

    [Fact]
    public void OptimiserPathOf_GradientDescentRun_TakesTheIteratesInOrder()
    {
        var run = GradientDescent.FixedStep(p => Bowl(p[0], p[1]), p => Vector<double>.Build.DenseOfArray([2 * p[0], 8 * p[1]]), [2, 1], 0.1);

        var path = OptimiserPath.Of(run, "descent", "white", take: 3);

        Assert.Equal(3, path.Points.Count);
        Assert.Equal((2, 1), path.Points[0]);
        // x ← x − 0.1·2x = 0.8x, y ← y − 0.1·8y = 0.2y.
        Assert.Equal(1.6, path.Points[1].X, 12);
        Assert.Equal(0.2, path.Points[1].Y, 12);
    }

    [Fact]
    public void Every_TenPointsEveryFourth_KeepsZeroFourEightAndTheLast()
    {
        var path = new OptimiserPath("p", Enumerable.Range(0, 10).Select(i => ((double)i, 0.0)).ToArray(), "black");

        var thinned = path.Every(4);

        Assert.Equal([0, 4, 8, 9], thinned.Points.Select(p => p.X));
    }

    [Fact]
    public void Of_APathWithoutPoints_ThrowsNamingIt()
    {
        var error = Assert.Throws<ArgumentException>(() => OptimiserPathsChart.Of(Bowl, (-1, 1), (-1, 1), [new OptimiserPath("empty one", [], "red")]));

        Assert.Contains("empty one", error.Message);
    }
}
