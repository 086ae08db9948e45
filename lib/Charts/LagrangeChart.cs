using Calculus.Optimisation;
using MathNet.Numerics.LinearAlgebra;

namespace Calculus.Charts;

/// <summary>
/// Lagrange multipliers drawn: the contours of f, the constraint curve g = 0, the constrained stationary points
/// (▲ maxima, ▼ minima), and optionally the level curves the constraint touches and the arrows ∇f and ∇g at one point,
/// where ∇f = λ∇g makes them parallel.
/// </summary>
public static class LagrangeChart
{
    /// <summary>Contours of f on x × y (no colour bar), the constraint through <paramref name="constraint"/>, and the classified points of <paramref name="stationaryPoints"/>.</summary>
    /// <param name="f">The function whose contours are drawn.</param>
    /// <param name="stationaryPoints">The solver's result; its maxima and minima are marked, each with f and λ on hover.</param>
    /// <param name="constraint">Points along the curve g(x, y) = 0, in order.</param>
    /// <param name="x">The x range.</param>
    /// <param name="y">The y range.</param>
    /// <param name="title">The chart's title.</param>
    /// <param name="constraintName">The legend entry of the constraint.</param>
    /// <exception cref="ArgumentException">The constraint has no points, or a range is empty or not finite.</exception>
    public static Figure Of(
        Func<double, double, double> f,
        LagrangeResult stationaryPoints,
        IReadOnlyList<(double X, double Y)> constraint,
        (double From, double To) x,
        (double From, double To) y,
        string? title = null,
        string constraintName = "the constraint g = 0")
    {
        ArgumentNullException.ThrowIfNull(stationaryPoints);
        ArgumentNullException.ThrowIfNull(constraint);
        if (constraint.Count == 0)
        {
            throw new ArgumentException("The constraint curve has no points.", nameof(constraint));
        }

        var chart = Chart.Contours(f, x, y, title);
        ((Contour)chart.Data[0]).ShowScale = false;
        chart.Layout.Height = 600;
        chart.Add(new Scatter { Name = constraintName, X = constraint.Select(p => p.X).ToArray(), Y = constraint.Select(p => p.Y).ToArray(), Line = new Line { Color = "white", Width = 3 } });
        foreach (var (kind, name, symbol, colour) in new[]
        {
            (StationaryPointKind.Maximum, "constrained maxima", "triangle-up", "orangered"),
            (StationaryPointKind.Minimum, "constrained minima", "triangle-down", "deepskyblue"),
        })
        {
            var points = stationaryPoints.OfKind(kind);
            chart.Add(new Scatter
            {
                Name = name,
                Mode = "markers",
                X = points.Select(p => p.X[0]).ToArray(),
                Y = points.Select(p => p.X[1]).ToArray(),
                HoverText = points.Select(p => $"f = {p.Value:F3}, λ = {(p.Multipliers.Count > 0 ? p.Multipliers[0] : double.NaN):F3}").ToArray(),
                Marker = new Marker { Symbol = symbol, Size = 16, Color = colour },
            });
        }

        return chart;
    }

    /// <summary>Adds a level curve f = c as a dashed gold line through <paramref name="curve"/> (a NaN point leaves a gap between branches); returns the chart.</summary>
    /// <exception cref="ArgumentException">The curve has no points.</exception>
    public static Figure WithLevelCurve(Figure chart, string name, IReadOnlyList<(double X, double Y)> curve)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentNullException.ThrowIfNull(curve);
        if (curve.Count == 0)
        {
            throw new ArgumentException("The level curve has no points.", nameof(curve));
        }

        return chart.Add(new Scatter { Name = name, X = curve.Select(p => p.X).ToArray(), Y = curve.Select(p => p.Y).ToArray(), Line = new Line { Color = "gold", Dash = "dash", Width = 2 } });
    }

    /// <summary>Adds the arrows ∇f (red) and ∇g (white) from the point <paramref name="at"/>, both drawn at <paramref name="scale"/> times their length; returns the chart.</summary>
    /// <exception cref="ArgumentException">A vector does not have two components.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scale"/> is not positive and finite.</exception>
    public static Figure WithGradients(Figure chart, Vector<double> at, Vector<double> gradientF, Vector<double> gradientG, double scale = 1)
    {
        ArgumentNullException.ThrowIfNull(chart);
        foreach (var (vector, name) in new[] { (at, nameof(at)), (gradientF, nameof(gradientF)), (gradientG, nameof(gradientG)) })
        {
            ArgumentNullException.ThrowIfNull(vector, name);
            if (vector.Count != 2)
            {
                throw new ArgumentException($"Expected a vector with 2 components; got {vector.Count}.", name);
            }
        }

        if (!(scale > 0) || !double.IsFinite(scale))
        {
            throw new ArgumentOutOfRangeException(nameof(scale), scale, "The arrows' scale must be positive and finite.");
        }

        var (x, y) = (at[0], at[1]);
        var (gx, gy) = (x + scale * gradientG[0], y + scale * gradientG[1]);
        var (fx, fy) = (x + scale * gradientF[0], y + scale * gradientF[1]);
        chart.Layout.Annotations ??= [];
        chart.Layout.Annotations.AddRange(
        [
            new Annotation { AX = x, AY = y, X = gx, Y = gy, ArrowColor = "white", ArrowWidth = 5 },
            new Annotation { AX = x, AY = y, X = fx, Y = fy, ArrowColor = "red", ArrowWidth = 2.5 },
            new Annotation { X = gx - 0.12, Y = gy + 0.1, Text = "∇g", ShowArrow = false },
            new Annotation { X = fx - 0.12, Y = fy + 0.06, Text = "∇f", ShowArrow = false },
        ]);
        return chart;
    }
}
