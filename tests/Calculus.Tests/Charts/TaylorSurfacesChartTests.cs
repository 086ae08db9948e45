using Calculus.Charts;
using Calculus.Taylor;
using static Calculus.Elementary;

namespace Calculus.Tests.Charts;

public sealed class TaylorSurfacesChartTests
{
    [Fact]
    public void Of_Paraboloid_FourSurfacesAndThePoint()
    {
        // f = x² + y² about (1, 0): f(a) = 1, tangent plane 1 + 2(x − 1), and the quadratic is f itself.
        var approximation = TaylorApproximation.About(p => Square(p[0]) + Square(p[1]), [1, 0]);

        var figure = TaylorSurfacesChart.Of("f", (x, y) => (x * x) + (y * y), approximation, 1, (-1, 5), points: 3);

        Assert.Equal(5, figure.Data.Count);
        var flat = Assert.IsType<Surface>(figure.Data[1]);
        var tangent = Assert.IsType<Surface>(figure.Data[2]);
        var quadratic = Assert.IsType<Surface>(figure.Data[3]);
        Assert.Equal([0.0, 1.0, 2.0], flat.X);
        Assert.All(flat.Z.SelectMany(row => row), z => Assert.Equal(1, z, 12));
        Assert.Equal(-1, tangent.Z[0][0], 12);                        // 1 + 2(0 − 1) at x = 0
        Assert.Equal(5, quadratic.Z[2][2], 12);                       // 2² + 1² at (2, 1)
        Assert.Equal(1, Assert.IsType<Scatter3D>(figure.Data[4]).Z[0]);
        Assert.Throws<ArgumentException>(() => TaylorSurfacesChart.Of("f", (x, y) => x, approximation, 0, (0, 1)));
    }
}
