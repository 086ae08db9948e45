using Calculus.Taylor;

namespace Calculus.Charts;

/// <summary>
/// A surface z = f(x, y) with its zeroth-, first- and second-order Taylor approximations about a drawn translucent over
/// it: the flat plane f(a), the tangent plane f(a) + ∇f(a)·Δx, and the quadratic that adds ½ΔxᵀH(a)Δx.
/// </summary>
public static class TaylorSurfacesChart
{
    /// <summary>f (opaque, Viridis), the three approximations (grey, red, blue, translucent) and the point a (a red dot), on a square of half-width <paramref name="halfWidth"/> about a.</summary>
    /// <param name="name">f's name in the legend, e.g. "f(x, y) = sin x cos y".</param>
    /// <param name="f">The function of two variables.</param>
    /// <param name="approximation">Its Taylor approximation about a, a point of two variables.</param>
    /// <param name="halfWidth">How far the square reaches from a along each axis.</param>
    /// <param name="zRange">The z axis's range.</param>
    /// <param name="title">The chart's title.</param>
    /// <param name="points">Grid points per axis.</param>
    /// <exception cref="ArgumentException">The approximation is not of two variables, or the half-width is not positive.</exception>
    public static Figure Of(string name, Func<double, double, double> f, TaylorApproximation approximation, double halfWidth, (double From, double To) zRange, string? title = null, int points = 41)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(approximation);
        if (approximation.Dimension != 2)
        {
            throw new ArgumentException($"Expected an approximation of f(x, y), two variables; got {approximation.Dimension}.", nameof(approximation));
        }

        if (!(halfWidth > 0) || !double.IsFinite(halfWidth))
        {
            throw new ArgumentException($"The half-width must be a positive number; got {halfWidth}.", nameof(halfWidth));
        }

        var (ax, ay) = (approximation.Point[0], approximation.Point[1]);
        Surface Approximation(string surfaceName, Func<double, double, double> g, string colours, double opacity)
        {
            var (xs, ys, zs) = Sampling.Grid(g, (ax - halfWidth, ax + halfWidth), (ay - halfWidth, ay + halfWidth), points);
            return new Surface { Name = surfaceName, X = xs, Y = ys, Z = zs, ColorScale = colours, ShowScale = false, Opacity = opacity, ShowLegend = true };
        }

        return new Figure
        {
            Layout = new Layout
            {
                Title = title,
                Height = 650,
                Scene = new Scene
                {
                    XAxis = new Axis { Title = "x" },
                    YAxis = new Axis { Title = "y" },
                    ZAxis = new Axis { Title = "z", Range = [zRange.From, zRange.To] },
                    AspectMode = "cube",
                },
            },
        }.Add(
            Approximation(name, f, "Viridis", 1),
            Approximation("zeroth order: f(a)", (x, y) => approximation.ZerothOrder([x, y]), "Greys", 0.5),
            Approximation("first order: tangent plane", (x, y) => approximation.FirstOrder([x, y]), "Reds", 0.5),
            Approximation("second order: with the Hessian", (x, y) => approximation.SecondOrder([x, y]), "Blues", 0.5),
            new Scatter3D { Name = "a", Mode = "markers", X = [ax], Y = [ay], Z = [approximation.Value], Marker = new Marker { Size = 6, Color = "red" } });
    }
}
