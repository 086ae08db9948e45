namespace Calculus.Charts;

/// <summary>
/// Polar coordinates mapped to the plane, (x, y) = (r cos θ, r sin θ): grey circles of constant r and rays of constant θ
/// in the first quadrant, a small patch's outline, and two arrows from its corner, the columns of the Jacobian J scaled by
/// δr and δθ, which span the parallelogram the patch approaches as it shrinks.
/// </summary>
public static class PolarPatchChart
{
    /// <summary>The radii of the grey circles.</summary>
    public static IReadOnlyList<double> Radii { get; } = [0.5, 1.0, 1.5, 2.0, 2.5, 3.0];

    /// <summary>The angles of the grey rays, in degrees.</summary>
    public static IReadOnlyList<double> RayDegrees { get; } = [0, 15, 30, 45, 60, 75, 90];

    /// <summary>The grid, the patch <paramref name="patch"/> (its outline in the plane, closed here), and arrows from <paramref name="corner"/> to corner + J·(δr, 0) and corner + J·(0, δθ).</summary>
    /// <param name="patch">The patch's outline, mapped to the plane.</param>
    /// <param name="corner">Where the arrows start: the image of (r₁, θ₁).</param>
    /// <param name="rColumn">J's first column times δr: (∂x/∂r, ∂y/∂r)·δr.</param>
    /// <param name="thetaColumn">J's second column times δθ: (∂x/∂θ, ∂y/∂θ)·δθ.</param>
    /// <param name="title">The chart's title.</param>
    /// <exception cref="ArgumentException">The patch has fewer than 3 points.</exception>
    public static Figure Of(IReadOnlyList<(double X, double Y)> patch, (double X, double Y) corner, (double X, double Y) rColumn, (double X, double Y) thetaColumn, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(patch);
        if (patch.Count < 3)
        {
            throw new ArgumentException($"A patch's outline needs at least 3 points; got {patch.Count}.", nameof(patch));
        }

        var figure = new Figure
        {
            Layout = new Layout
            {
                Title = title,
                XAxis = new Axis { Title = "x", Range = [-0.1, 3.2], Constrain = "domain" },
                YAxis = new Axis { Title = "y", Range = [-0.1, 3.2], ScaleAnchor = "x", ScaleRatio = 1, Constrain = "domain" },
                Height = 500,
                ShowLegend = false,
            },
        };

        var quarter = Enumerable.Range(0, 91).Select(k => k * Math.PI / 180).ToArray();
        foreach (var r in Radii)
        {
            figure.Add(new Scatter { Name = $"r = {r}", X = quarter.Select(a => r * Math.Cos(a)).ToArray(), Y = quarter.Select(a => r * Math.Sin(a)).ToArray(), Line = new Line { Color = "lightgray" } });
        }

        foreach (var degrees in RayDegrees)
        {
            var a = degrees * Math.PI / 180;
            figure.Add(new Scatter { Name = $"θ = {degrees}°", X = [0, 3 * Math.Cos(a)], Y = [0, 3 * Math.Sin(a)], Line = new Line { Color = "lightgray" } });
        }

        var closed = patch.Append(patch[0]).ToArray();
        figure.Add(new Scatter { Name = "the patch", X = closed.Select(p => p.X).ToArray(), Y = closed.Select(p => p.Y).ToArray(), Line = new Line { Color = "crimson", Width = 3 } });
        figure.Layout.Annotations =
        [
            new Annotation { AX = corner.X, AY = corner.Y, X = corner.X + rColumn.X, Y = corner.Y + rColumn.Y, ArrowColor = "royalblue", ArrowWidth = 2 },
            new Annotation { AX = corner.X, AY = corner.Y, X = corner.X + thetaColumn.X, Y = corner.Y + thetaColumn.Y, ArrowColor = "darkorange", ArrowWidth = 2 },
        ];
        return figure;
    }
}
