using MathNet.Numerics.LinearAlgebra;

namespace Calculus.Tests.Sandpit;

using Calculus.Sandpit;

public sealed class SandpitHessianTests
{
    // Central differences of the exact gradient with h = 1e-5: the error is h²/6 times the third derivative of ∇z
    // (at most ≈ A·k⁴ ≈ 0.03·11⁴ ≈ 440 on the rough pit, so ≈ 7e-9) plus rounding ε·|∇z|/h ≈ 1e-10: 1e-6 holds with room.
    private const double GradientStep = 1e-5;
    private const double GradientDifferenceTolerance = 1e-6;

    // Second differences of the depth with h = 1e-4: truncation h²/12 · 440 ≈ 4e-7 plus rounding 4ε·|z|/h² ≈ 3e-7: 1e-5.
    private const double DepthStep = 1e-4;
    private const double DepthDifferenceTolerance = 1e-5;

    // Values worked out by hand against values computed in floating point: a few ulps of numbers near 10.
    private const double HandTolerance = 1e-12;

    // Newton's error obeys eₖ₊₁ ≤ C·eₖ² near a minimum, C ≈ |∂³z|/2λmin; on these pits eₖ₊₁/eₖ² stays below 3: C = 10 leaves room.
    private const double QuadraticConstant = 10;

    // A dip stays clear of the phone by this much, so that no dip ends the game early.
    private const double ClearOfThePhone = 2 * Sandpit.FoundRadius;

    [Theory]
    [MemberData(nameof(SandpitCases.Pits), MemberType = typeof(SandpitCases))]
    public void Dip_HessianMode_AgreesWithCentralDifferencesOfTheGradient(SandpitKind kind, int seed)
    {
        foreach (var (dip, terrain) in DipsAllOver(kind, seed))
        {
            var hessian = dip.Hessian!;
            for (var j = 0; j < 2; j++)
            {
                // Column j: (∇z(p + h·eⱼ) − ∇z(p − h·eⱼ)) / 2h.
                var (hx, hy) = j == 0 ? (GradientStep, 0.0) : (0.0, GradientStep);
                var ahead = terrain.Gradient(dip.X + hx, dip.Y + hy);
                var behind = terrain.Gradient(dip.X - hx, dip.Y - hy);
                Assert.Equal((ahead.Dx - behind.Dx) / (2 * GradientStep), hessian[0, j], GradientDifferenceTolerance);
                Assert.Equal((ahead.Dy - behind.Dy) / (2 * GradientStep), hessian[1, j], GradientDifferenceTolerance);
            }
        }
    }

    [Theory]
    [MemberData(nameof(SandpitCases.Pits), MemberType = typeof(SandpitCases))]
    public void Dip_HessianMode_AgreesWithSecondDifferencesOfTheDepth(SandpitKind kind, int seed)
    {
        foreach (var (dip, terrain) in DipsAllOver(kind, seed))
        {
            double Z(double dx, double dy) => terrain.Depth(dip.X + (dx * DepthStep), dip.Y + (dy * DepthStep));
            var h2 = DepthStep * DepthStep;
            var zxx = (Z(1, 0) - (2 * Z(0, 0)) + Z(-1, 0)) / h2;
            var zyy = (Z(0, 1) - (2 * Z(0, 0)) + Z(0, -1)) / h2;
            var zxy = (Z(1, 1) - Z(1, -1) - Z(-1, 1) + Z(-1, -1)) / (4 * h2);

            var hessian = dip.Hessian!;
            Assert.Equal(zxx, hessian[0, 0], DepthDifferenceTolerance);
            Assert.Equal(zxy, hessian[0, 1], DepthDifferenceTolerance);
            Assert.Equal(zxy, hessian[1, 0], DepthDifferenceTolerance);
            Assert.Equal(zyy, hessian[1, 1], DepthDifferenceTolerance);
        }
    }

    [Theory]
    [MemberData(nameof(SandpitCases.Pits), MemberType = typeof(SandpitCases))]
    public void Dip_HessianMode_IsSymmetric(SandpitKind kind, int seed)
    {
        foreach (var (dip, _) in DipsAllOver(kind, seed))
        {
            var hessian = dip.Hessian!;
            Assert.Equal(2, hessian.RowCount);
            Assert.Equal(2, hessian.ColumnCount);
            Assert.Equal(hessian[0, 1], hessian[1, 0]);
        }
    }

    [Theory]
    [MemberData(nameof(SandpitCases.Pits), MemberType = typeof(SandpitCases))]
    public void Dip_HessianMode_GradientIsSlopeTimesUphill(SandpitKind kind, int seed)
    {
        foreach (var (dip, terrain) in DipsAllOver(kind, seed))
        {
            var gradient = dip.Gradient!.Value;
            var (downhill, slope) = (dip.Downhill!.Value, dip.Slope!.Value);

            // ∇z = −‖∇z‖·(−∇z/‖∇z‖), to rounding; and it is the surface's own gradient.
            Assert.Equal(-slope * downhill.X, gradient.X, 1e-12);
            Assert.Equal(-slope * downhill.Y, gradient.Y, 1e-12);
            Assert.Equal(terrain.Gradient(dip.X, dip.Y), (gradient.X, gradient.Y));
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(42)]
    public void Dip_SimplePitHessianMode_IsTheBowlsCurvatureWorkedOutByHand(int seed)
    {
        var pit = Sandpit.Simple(seed, gradient: true, hessian: true);
        var (a, b, c, s) = (pit.Terrain.A, pit.Terrain.B, Math.Cos(pit.Terrain.Angle), Math.Sin(pit.Terrain.Angle));

        // z = a·u² + b·v² − D with u = c·Δx + s·Δy, v = c·Δy − s·Δx: the same H everywhere,
        // z_xx = 2a·c² + 2b·s², z_xy = 2(a − b)·c·s, z_yy = 2a·s² + 2b·c².
        foreach (var (x, y) in new[] { (0.5, 0.5), (3.0, 1.0), (5.5, 4.0) })
        {
            var hessian = pit.Dip(x, y).Hessian!;
            Assert.Equal((2 * a * c * c) + (2 * b * s * s), hessian[0, 0], HandTolerance);
            Assert.Equal(2 * (a - b) * c * s, hessian[0, 1], HandTolerance);
            Assert.Equal((2 * a * s * s) + (2 * b * c * c), hessian[1, 1], HandTolerance);
        }
    }

    [Fact]
    public void Hessian_OneWell_IsWorkedOutByHand()
    {
        // z = −d·g with g = exp(−(Δx² + Δy²)/2s²): z_xx = d·g·(1/s² − Δx²/s⁴), z_xy = −d·g·Δx·Δy/s⁴. With d = 1, s = 0.5:
        // at the centre H = 4·I; at Δ = (0.5, 0) H = [[0, 0], [0, 4/√e]]; at Δ = (0.5, 0.5) H = [[0, −4/e], [−4/e, 0]].
        var terrain = new Terrain(0, 0, a: 0, b: 0, angle: 0, baseDepth: 0, [new Well(2, 3, Depth: 1, Width: 0.5)], [], hollowWidth: 1);

        AssertMatrix([[4, 0], [0, 4]], terrain.Hessian(2, 3));
        AssertMatrix([[0, 0], [0, 4 / Math.Sqrt(Math.E)]], terrain.Hessian(2.5, 3));
        AssertMatrix([[0, -4 / Math.E], [-4 / Math.E, 0]], terrain.Hessian(2.5, 3.5));
    }

    [Fact]
    public void Hessian_OneBump_IsWorkedOutByHand()
    {
        // z = A·sin(k·p + φ) (the fade 1 − exp(−r²/2w²) is exactly 1 a metre from a centre with w = 0.01):
        // H = −A·sin(k·p + φ)·k·kᵀ. With A = 0.5, k = (3, 4) and φ = 5π/2 − 7, k·p + φ = 5π/2 at p = (1, 1):
        // sin = 1 and H = −0.5·[[9, 12], [12, 16]].
        var terrain = new Terrain(0, 0, a: 0, b: 0, angle: 0, baseDepth: 0, [], [new Bump(0.5, 3, 4, (2.5 * Math.PI) - 7)], hollowWidth: 0.01);

        AssertMatrix([[-4.5, -6], [-6, -8]], terrain.Hessian(1, 1));
    }

    [Theory]
    [InlineData(SandpitKind.Simple)]
    [InlineData(SandpitKind.ManyMinima)]
    [InlineData(SandpitKind.Rough)]
    public void Make_HessianWithoutGradient_ThrowsNamingTheGradientMode(SandpitKind kind)
    {
        var error = Assert.Throws<ArgumentException>(() => kind switch
        {
            SandpitKind.Simple => Sandpit.Simple(seed: 1, hessian: true),
            SandpitKind.ManyMinima => Sandpit.ManyMinima(seed: 1, hessian: true),
            _ => Sandpit.Rough(seed: 1, hessian: true),
        });

        Assert.Equal("hessian", error.ParamName);
        Assert.Contains("gradient: true, hessian: true", error.Message);
        Assert.Contains($"Sandpit.{kind}(", error.Message);
    }

    [Fact]
    public void Dip_DefaultModes_ReportNoGradientAndNoHessian()
    {
        var plain = Sandpit.Rough(seed: 1).Dip(1, 1);
        var gradientOnly = Sandpit.Rough(seed: 1, gradient: true);
        var sloped = gradientOnly.Dip(1, 1);

        Assert.Null(plain.Gradient);
        Assert.Null(plain.Hessian);
        Assert.Null(plain.Downhill);
        Assert.Null(sloped.Gradient);
        Assert.Null(sloped.Hessian);
        Assert.NotNull(sloped.Downhill);
        Assert.NotNull(sloped.Slope);
        Assert.False(gradientOnly.HessianMode);
        Assert.DoesNotContain("∇z", sloped.ToString());
        Assert.DoesNotContain("Hessian", gradientOnly.ToString());
    }

    [Fact]
    public void Hessian_ChangedByTheCaller_LeavesTheDipAsItWas()
    {
        var pit = Sandpit.ManyMinima(seed: 2, gradient: true, hessian: true);
        var dip = pit.Dip(1, 2);
        var original = dip.Hessian!;

        var copy = dip.Hessian!;
        copy[0, 0] = 1000;
        copy.Clear();

        Assert.Equal(original, dip.Hessian);
        Assert.Equal(original, pit.Dips[0].Hessian);
        Assert.Equal(original, pit.Terrain.Hessian(1, 2));
    }

    [Fact]
    public void ToString_HessianMode_ShowsTheGradientAndTheHessianOnOneLine()
    {
        var pit = Sandpit.Simple(seed: 1, gradient: true, hessian: true);
        var dip = pit.Dip(2, 3);
        var (g, h) = (dip.Gradient!.Value, dip.Hessian!);

        var text = dip.ToString();

        Assert.StartsWith("Dip 1 at (2, 3): depth −", text);
        Assert.Contains($", ∇z ({DipResult.Number3(g.X)}, {DipResult.Number3(g.Y)}), H [[{DipResult.Number3(h[0, 0])}, {DipResult.Number3(h[0, 1])}], [{DipResult.Number3(h[1, 0])}, {DipResult.Number3(h[1, 1])}]]", text);
        Assert.EndsWith(" · 14 dips left", text);
        Assert.DoesNotContain('\n', text);
        Assert.Equal("Simple sandpit (seed 1, gradient and Hessian mode): 1 of 15 dips used, the phone not found yet", pit.ToString());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(42)]
    public void NewtonStep_NearASimplePitsMinimum_LandsOnThePhone(int seed)
    {
        var pit = Sandpit.Simple(seed, gradient: true, hessian: true);
        var start = pit.Dip(pit.Phone.X + 0.6, pit.Phone.Y - 0.4);

        // x ← x − H⁻¹∇z, as a learner's step rule writes it: the bowl is quadratic, so one step reaches its bottom.
        var (x, y) = NewtonStep(start);
        var next = pit.Dip(x, y);

        Assert.True(Distance((x, y), pit.Phone) < 1e-9, $"Newton's step went to ({x}, {y}), the phone is at {pit.Phone}");
        Assert.True(next.Found);
    }

    [Theory]
    [InlineData(SandpitKind.ManyMinima, 1, 0.3)]
    [InlineData(SandpitKind.ManyMinima, 2, 0.3)]
    [InlineData(SandpitKind.ManyMinima, 42, 0.3)]
    [InlineData(SandpitKind.Rough, 1, 0.1)]
    [InlineData(SandpitKind.Rough, 2, 0.1)]
    [InlineData(SandpitKind.Rough, 42, 0.1)]
    public void NewtonSteps_NearThePhoneOfACurvedPit_ConvergeQuadratically(SandpitKind kind, int seed, double distance)
    {
        // Each step dips in a new game of the same pit, so that finding the phone does not end the walk.
        var phone = Make(kind, seed).Phone;
        var (x, y) = (phone.X + (0.8 * distance), phone.Y - (0.6 * distance));
        var errors = new List<double> { Distance((x, y), phone) };
        for (var step = 0; step < 5; step++)
        {
            var dip = Make(kind, seed).Dip(x, y);
            var h = dip.Hessian!;
            Assert.True(h[0, 0] > 0 && h.Determinant() > 0, $"H({x}, {y}) is not positive definite: Newton's step would not head for a minimum");
            (x, y) = NewtonStep(dip);
            errors.Add(Distance((x, y), phone));
        }

        // Quadratic convergence: each error is at most a constant times the square of the one before, until rounding.
        var trace = $"errors {string.Join(", ", errors)}";
        Assert.All(Enumerable.Range(1, 5).Where(k => errors[k - 1] > 1e-7), k => Assert.True(errors[k] <= QuadraticConstant * errors[k - 1] * errors[k - 1], trace));
        Assert.True(errors[^1] < 1e-10, trace);
    }

    // Newton's step x ← x − H⁻¹∇z from a dip, written with the dip's own gradient and Hessian.
    private static (double X, double Y) NewtonStep(DipResult dip)
    {
        var g = dip.Gradient!.Value;
        var delta = dip.Hessian!.Solve(Vector<double>.Build.Dense([g.X, g.Y]));
        return (dip.X - delta[0], dip.Y - delta[1]);
    }

    // Dips in the Hessian mode on a 7×7 grid over the pit (edges, corners and middle), clear of the phone: a new game of
    // the same pit every 12 dips, so that no game runs out. Each comes with the pit's hidden surface.
    private static IEnumerable<(DipResult Dip, Terrain Terrain)> DipsAllOver(SandpitKind kind, int seed)
    {
        var points = Enumerable.Range(0, 7).SelectMany(i => Enumerable.Range(0, 7).Select(j => (X: 0.05 + (0.98 * j), Y: 0.05 + (0.98 * i)))).ToList();
        Sandpit? pit = null;
        foreach (var point in points)
        {
            if (pit is null || pit.DipsUsed == 12)
            {
                pit = Make(kind, seed);
            }

            if (Distance(point, pit.Phone) > ClearOfThePhone)
            {
                yield return (pit.Dip(point.X, point.Y), pit.Terrain);
            }
        }
    }

    private static Sandpit Make(SandpitKind kind, int seed) => kind switch
    {
        SandpitKind.Simple => Sandpit.Simple(seed, gradient: true, hessian: true),
        SandpitKind.ManyMinima => Sandpit.ManyMinima(seed, gradient: true, hessian: true),
        _ => Sandpit.Rough(seed, gradient: true, hessian: true),
    };

    private static void AssertMatrix(double[][] expected, Matrix<double> actual)
    {
        Assert.Equal(2, actual.RowCount);
        Assert.Equal(2, actual.ColumnCount);
        for (var i = 0; i < 2; i++)
        {
            for (var j = 0; j < 2; j++)
            {
                Assert.True(Math.Abs(expected[i][j] - actual[i, j]) <= HandTolerance, $"H[{i}, {j}] = {actual[i, j]}, by hand {expected[i][j]}");
            }
        }
    }

    private static double Distance((double X, double Y) p, (double X, double Y) q) => Math.Sqrt(((p.X - q.X) * (p.X - q.X)) + ((p.Y - q.Y) * (p.Y - q.Y)));
}
