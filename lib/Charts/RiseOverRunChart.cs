namespace Calculus.Charts;

/// <summary>
/// Measurements with a straight-line model y = c + m·x through two points, and the run then rise between them drawn as a
/// dotted step: m = (y₂ − y₁)/(x₂ − x₁), c = y₁ − m·x₁.
/// </summary>
public static class RiseOverRunChart
{
    /// <summary>The points (<paramref name="xs"/>, <paramref name="ys"/>) as markers, the line through <paramref name="from"/> and <paramref name="to"/> across them, and its run and rise.</summary>
    /// <exception cref="ArgumentException">xs and ys differ in length or are empty, or the two points have the same x (no run).</exception>
    public static Figure Of(IReadOnlyList<double> xs, IReadOnlyList<double> ys, (double X, double Y) from, (double X, double Y) to, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(xs);
        ArgumentNullException.ThrowIfNull(ys);
        if (xs.Count == 0 || xs.Count != ys.Count)
        {
            throw new ArgumentException($"Give one y per x, at least one point; got {xs.Count} x and {ys.Count} y.", nameof(ys));
        }

        if (to.X == from.X)
        {
            throw new ArgumentException($"The two points share x = {from.X}: a run of 0 has no rise over run.", nameof(to));
        }

        var m = (to.Y - from.Y) / (to.X - from.X);
        var c = from.Y - (m * from.X);
        var (left, right) = (xs.Min(), xs.Max());
        return new Figure
        {
            Layout = new Layout { Title = title, XAxis = new Axis { Title = "x" }, YAxis = new Axis { Title = "y" } },
        }.Add(
            new Scatter { Name = "measurements", Mode = "markers", X = xs.ToArray(), Y = ys.ToArray() },
            new Scatter { Name = $"model y = {c:F2} + {m:F2}x", X = [left, right], Y = [c + (m * left), c + (m * right)] },
            new Scatter
            {
                Name = "run, then rise",
                Mode = "lines+markers",
                X = [from.X, to.X, to.X],
                Y = [from.Y, from.Y, to.Y],
                Line = new Line { Color = "crimson", Dash = "dot" },
            });
    }
}
