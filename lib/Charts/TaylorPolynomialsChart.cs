using Calculus.Taylor;

namespace Calculus.Charts;

/// <summary>
/// A function (thick, black) with its Taylor polynomials Pₙ, together or one order at a time in an animation, for
/// seeing where Pₙ(x) = Σₖ cₖ(x − a)ᵏ hugs the function and where it peels away.
/// </summary>
public static class TaylorPolynomialsChart
{
    private const int DefaultPoints = 301;

    /// <summary>f and each polynomial over [from, to], y clipped to <paramref name="yRange"/>, with dotted vertical lines at <paramref name="edges"/> (e.g. the ends of the interval of convergence).</summary>
    /// <exception cref="ArgumentException">There are no polynomials, or a range is empty or not finite.</exception>
    public static Figure Of(string name, Func<double, double> f, IReadOnlyList<TaylorPolynomial> polynomials, double from, double to, (double From, double To) yRange, IReadOnlyList<double>? edges = null, string? title = null, int points = DefaultPoints)
    {
        CheckPolynomials(polynomials);
        var xs = Sampling.Linspace(from, to, points);
        var figure = Frame(name, f, xs, yRange, title).Add(polynomials.Select(p => (Trace)Polynomial(p, xs, null)).ToArray());
        foreach (var edge in edges ?? [])
        {
            figure.Add(new Scatter { Name = $"x = {edge}", X = [edge, edge], Y = [yRange.From, yRange.To], Line = new Line { Color = "gray", Dash = "dot" }, ShowLegend = false });
        }

        return figure;
    }

    /// <summary>f and one polynomial at a time, in the order given: a slider and a Play button add terms.</summary>
    /// <exception cref="ArgumentException">There are no polynomials, or a range is empty or not finite.</exception>
    public static Figure Animated(string name, Func<double, double> f, IReadOnlyList<TaylorPolynomial> polynomials, double from, double to, (double From, double To) yRange, string? title = null, int points = DefaultPoints)
    {
        CheckPolynomials(polynomials);
        var xs = Sampling.Linspace(from, to, points);
        var figure = Frame(name, f, xs, yRange, title).Add(Polynomial(polynomials[0], xs, "crimson"));

        // Each frame replaces only the polynomial (trace 1); the function stays as it is.
        Chart.Animate(
            figure,
            polynomials.Select(p => ($"order {p.Order}", (IReadOnlyList<Trace>)[Polynomial(p, xs, "crimson")])).ToList(),
            durationMs: 700,
            traces: [1]);
        return figure;
    }

    private static Figure Frame(string name, Func<double, double> f, double[] xs, (double From, double To) yRange, string? title) => new Figure
    {
        Layout = new Layout
        {
            Title = title,
            XAxis = new Axis { Title = "x" },
            YAxis = new Axis { Title = "y", Range = [yRange.From, yRange.To] },
        },
    }.Add(new Scatter { Name = name, X = xs, Y = Sampling.Evaluate(f, xs), Line = new Line { Color = "black", Width = 3 } });

    private static Scatter Polynomial(TaylorPolynomial p, double[] xs, string? colour) => new()
    {
        Name = p.Centre == 0 ? $"P{p.Order}(x)" : $"P{p.Order}(x) about {p.Centre:G4}",
        X = xs,
        Y = Sampling.Evaluate(p.Evaluate, xs),
        Line = colour is null ? null : new Line { Color = colour, Width = 3 },
    };

    private static void CheckPolynomials(IReadOnlyList<TaylorPolynomial> polynomials)
    {
        ArgumentNullException.ThrowIfNull(polynomials);
        if (polynomials.Count == 0)
        {
            throw new ArgumentException("There are no polynomials to draw; expected at least one.", nameof(polynomials));
        }
    }
}
