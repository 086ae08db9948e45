namespace Calculus.Sandpit;

/// <summary>
/// Where a surface has its local minima inside the pit: grid points lower than their eight neighbours, each polished
/// by Newton's method, p ← p − H⁻¹∇z, until ∇z = 0 to rounding.
/// </summary>
internal static class MinimumFinder
{
    // A 121×121 grid puts points 5 cm apart: the shortest ripples (wavelength ≥ 0.57 m) span 11 of them.
    private const int GridPoints = 121;

    // Two minima closer than this are the same one, reached twice.
    private const double SamePoint = 1e-3;

    /// <summary>Every local minimum strictly inside [0, size]², lowest first.</summary>
    public static IReadOnlyList<(double X, double Y)> Find(Terrain terrain, double size)
    {
        var z = terrain.Grid(size, GridPoints);
        var step = size / (GridPoints - 1);
        var found = new List<(double X, double Y)>();
        for (var i = 1; i < GridPoints - 1; i++)
        {
            for (var j = 1; j < GridPoints - 1; j++)
            {
                if (LowerThanNeighbours(z, i, j))
                {
                    if (Polish(terrain, j * step, i * step, step) is { } minimum && minimum.X > 0 && minimum.X < size && minimum.Y > 0 && minimum.Y < size && !found.Any(m => Distance(m, minimum) < SamePoint))
                    {
                        found.Add(minimum);
                    }
                }
            }
        }

        return found.OrderBy(m => terrain.Depth(m.X, m.Y)).ToList();
    }

    /// <summary>
    /// Newton's method from (x, y), downhill all the way: the step −H⁻¹∇z where H is positive definite, else −∇z, halved
    /// until z falls. The minimum it converges to, or null if it wanders more than twice <paramref name="reach"/> away
    /// or stops where ∇z ≠ 0.
    /// </summary>
    public static (double X, double Y)? Polish(Terrain terrain, double x, double y, double reach)
    {
        var (x0, y0) = (x, y);
        for (var iteration = 0; iteration < 100; iteration++)
        {
            var (gx, gy) = terrain.Gradient(x, y);
            var h = terrain.Hessian(x, y);
            var determinant = (h[0, 0] * h[1, 1]) - (h[0, 1] * h[1, 0]);

            // [Δx, Δy] = H⁻¹ ∇z, written out for a 2×2 matrix; the gradient itself where H does not curve up.
            var (dx, dy) = h[0, 0] > 0 && determinant > 0
                ? (((h[1, 1] * gx) - (h[0, 1] * gy)) / determinant, ((h[0, 0] * gy) - (h[1, 0] * gx)) / determinant)
                : (gx, gy);
            var z = terrain.Depth(x, y);
            var t = 1.0;
            while (t > 1e-12 && !(terrain.Depth(x - (t * dx), y - (t * dy)) <= z))
            {
                t /= 2;
            }

            x -= t * dx;
            y -= t * dy;
            if (Math.Abs(x - x0) > 2 * reach || Math.Abs(y - y0) > 2 * reach)
            {
                return null;
            }

            if (t * Math.Sqrt((dx * dx) + (dy * dy)) < 1e-13)
            {
                break;
            }
        }

        return IsMinimum(terrain, x, y) ? (x, y) : null;
    }

    /// <summary>Whether ∇z(x, y) = 0 (to 1e-9) and H(x, y) is positive definite: a strict local minimum.</summary>
    private static bool IsMinimum(Terrain terrain, double x, double y)
    {
        var (gx, gy) = terrain.Gradient(x, y);
        var h = terrain.Hessian(x, y);
        return Math.Abs(gx) + Math.Abs(gy) < 1e-9 && h[0, 0] > 0 && ((h[0, 0] * h[1, 1]) - (h[0, 1] * h[1, 0])) > 0;
    }

    public static double Distance((double X, double Y) p, (double X, double Y) q) => Math.Sqrt(((p.X - q.X) * (p.X - q.X)) + ((p.Y - q.Y) * (p.Y - q.Y)));

    private static bool LowerThanNeighbours(double[][] z, int i, int j)
    {
        for (var di = -1; di <= 1; di++)
        {
            for (var dj = -1; dj <= 1; dj++)
            {
                if ((di != 0 || dj != 0) && !(z[i][j] < z[i + di][j + dj]))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
