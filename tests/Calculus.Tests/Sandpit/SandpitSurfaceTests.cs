using Calculus.FiniteDifferences;

namespace Calculus.Tests.Sandpit;

using Calculus.Sandpit;

public sealed class SandpitSurfaceTests
{
    // Central differences with the default step h ≈ 6e-6 are accurate to about h² ≈ 4e-11 times the third derivative
    // (at most ≈ A·k³ ≈ 0.03·11³ ≈ 40 on the rough pit) plus rounding ε·|z|/h ≈ 1e-10: 1e-7 holds with room.
    private const double CentralDifferenceTolerance = 1e-7;

    // The second differences of central differences lose more digits (rounding ε·|z|/h² with h ≈ 1e-4): 1e-5.
    private const double HessianTolerance = 1e-5;

    // A fine grid 601×601 puts points 1 cm apart: its lowest point is within half a diagonal, 0.71 cm, of the true minimum.
    private const int FineGrid = 601;

    [Theory]
    [MemberData(nameof(SandpitCases.Pits), MemberType = typeof(SandpitCases))]
    public void Make_SameSeed_SamePit(SandpitKind kind, int seed)
    {
        var first = Make(kind, seed);
        var second = Make(kind, seed);

        Assert.Equal(first.Phone, second.Phone);
        Assert.Equal(first.LocalMinima, second.LocalMinima);
        Assert.Equal(first.Terrain.Grid(Sandpit.Size, 13), second.Terrain.Grid(Sandpit.Size, 13));
    }

    [Theory]
    [MemberData(nameof(SandpitCases.Pits), MemberType = typeof(SandpitCases))]
    public void Make_AnotherSeed_AnotherPit(SandpitKind kind, int seed)
    {
        var first = Make(kind, seed);
        var second = Make(kind, seed + 1);

        Assert.NotEqual(first.Phone, second.Phone);
    }

    [Theory]
    [MemberData(nameof(SandpitCases.Pits), MemberType = typeof(SandpitCases))]
    public void FineGridSearch_EveryPit_FindsOneGlobalMinimumAtThePhone(SandpitKind kind, int seed)
    {
        var pit = Make(kind, seed);
        var z = pit.Terrain.Grid(Sandpit.Size, FineGrid);
        var step = Sandpit.Size / (FineGrid - 1);

        var lowest = z.SelectMany((row, i) => row.Select((value, j) => (Value: value, X: j * step, Y: i * step))).MinBy(p => p.Value);
        var gridMinima = Enumerable.Range(1, FineGrid - 2)
            .SelectMany(i => Enumerable.Range(1, FineGrid - 2).Where(j => LowerThanNeighbours(z, i, j)).Select(j => (Value: z[i][j], X: j * step, Y: i * step)))
            .ToList();

        Assert.True(Distance((lowest.X, lowest.Y), pit.Phone) <= step / Math.Sqrt(2), $"the grid's lowest point ({lowest.X}, {lowest.Y}) is not by the phone {pit.Phone}");
        var phoneDepth = pit.Terrain.Depth(pit.Phone.X, pit.Phone.Y);
        Assert.True(lowest.Value >= phoneDepth, "a grid point lies below the phone");
        Assert.Single(gridMinima, m => m.Value <= gridMinima.Min(n => n.Value));
        Assert.All(gridMinima.Where(m => Distance((m.X, m.Y), pit.Phone) > 2 * step), m => Assert.True(m.Value > phoneDepth));
    }

    [Theory]
    [MemberData(nameof(SandpitCases.Pits), MemberType = typeof(SandpitCases))]
    public void LocalMinima_EveryPit_HaveZeroGradientAndCurveUp(SandpitKind kind, int seed)
    {
        var pit = Make(kind, seed);

        Assert.Equal(pit.Phone, pit.LocalMinima[0]);
        foreach (var (x, y) in pit.LocalMinima)
        {
            var (dx, dy) = pit.Terrain.Gradient(x, y);
            var hessian = pit.Terrain.Hessian(x, y);
            Assert.True(Math.Abs(dx) + Math.Abs(dy) < 1e-9, $"∇z({x}, {y}) = ({dx}, {dy})");
            Assert.True(hessian[0, 0] > 0 && hessian.Determinant() > 0, $"H({x}, {y}) is not positive definite");
            Assert.InRange(x, 0, Sandpit.Size);
            Assert.InRange(y, 0, Sandpit.Size);
        }
    }

    [Fact]
    public void LocalMinima_ManyMinima_HasTrapsAllShallowerThanThePhone()
    {
        var pit = Sandpit.ManyMinima(seed: 1);
        var phoneDepth = pit.Terrain.Depth(pit.Phone.X, pit.Phone.Y);

        Assert.True(pit.LocalMinima.Count >= 4, $"{pit.LocalMinima.Count} local minima");
        Assert.All(pit.LocalMinima.Skip(1), m => Assert.True(pit.Terrain.Depth(m.X, m.Y) > phoneDepth + 0.1));
    }

    [Theory]
    [MemberData(nameof(SandpitCases.Pits), MemberType = typeof(SandpitCases))]
    public void Gradient_EveryPit_AgreesWithCentralDifferences(SandpitKind kind, int seed)
    {
        var terrain = Make(kind, seed).Terrain;

        foreach (var (x, y) in new[] { (0.7, 1.3), (2.5, 4.1), (3.3, 3.3), (5.2, 0.9), (4.4, 5.6) })
        {
            var expected = FiniteDifference.Gradient(p => terrain.Depth(p[0], p[1]), [x, y]);
            var (dx, dy) = terrain.Gradient(x, y);
            Assert.Equal(expected[0], dx, CentralDifferenceTolerance);
            Assert.Equal(expected[1], dy, CentralDifferenceTolerance);
        }
    }

    [Theory]
    [MemberData(nameof(SandpitCases.Pits), MemberType = typeof(SandpitCases))]
    public void Hessian_EveryPit_AgreesWithFiniteDifferences(SandpitKind kind, int seed)
    {
        var terrain = Make(kind, seed).Terrain;

        var expected = FiniteDifference.Hessian(p => terrain.Depth(p[0], p[1]), [2.2, 3.7]);
        var hessian = terrain.Hessian(2.2, 3.7);

        Assert.True((expected - hessian).L1Norm() < HessianTolerance, $"H = {hessian}, finite differences {expected}");
    }

    [Fact]
    public void Dip_GradientMode_PointsDownhillWithTheSlope()
    {
        var pit = Sandpit.Rough(seed: 5, gradient: true);
        var expected = FiniteDifference.Gradient(p => pit.Terrain.Depth(p[0], p[1]), [1.5, 4.5]);

        var result = pit.Dip(1.5, 4.5);

        var slope = expected.L2Norm();
        Assert.Equal(slope, result.Slope!.Value, CentralDifferenceTolerance);
        Assert.Equal(-expected[0] / slope, result.Downhill!.Value.X, CentralDifferenceTolerance);
        Assert.Equal(-expected[1] / slope, result.Downhill!.Value.Y, CentralDifferenceTolerance);
    }

    [Fact]
    public void Depth_InsideThePit_IsBelowTheRim()
    {
        foreach (var kind in Enum.GetValues<SandpitKind>())
        {
            Assert.All(Make(kind, 7).Terrain.Grid(Sandpit.Size, 61).SelectMany(row => row), z => Assert.True(z < 0));
        }
    }

    [Fact]
    public void ToFigure_Revealed_DrawsContoursMinimaDipsAndPhone()
    {
        var pit = Sandpit.ManyMinima(seed: 3);
        pit.Dip(1, 1);
        pit.Dip(pit.Phone.X, pit.Phone.Y);

        var figure = pit.Reveal().ToFigure();

        Assert.Equal(["contour", "scatter", "scatter", "scatter"], figure.Data.Select(t => t.Type));
        Assert.Equal(["f(x, y)", "local minima", "dips", "phone"], figure.Data.Select(t => t.Name));
        Assert.Equal(["surface", "scatter3d"], pit.Reveal().ToSurfaceFigure().Data.Select(t => t.Type));
    }

    private static Sandpit Make(SandpitKind kind, int seed) => kind switch
    {
        SandpitKind.Simple => Sandpit.Simple(seed),
        SandpitKind.ManyMinima => Sandpit.ManyMinima(seed),
        _ => Sandpit.Rough(seed),
    };

    private static double Distance((double X, double Y) p, (double X, double Y) q) => Math.Sqrt(((p.X - q.X) * (p.X - q.X)) + ((p.Y - q.Y) * (p.Y - q.Y)));

    private static bool LowerThanNeighbours(double[][] z, int i, int j) =>
        Enumerable.Range(-1, 3).All(di => Enumerable.Range(-1, 3).All(dj => (di == 0 && dj == 0) || z[i][j] < z[i + di][j + dj]));
}
