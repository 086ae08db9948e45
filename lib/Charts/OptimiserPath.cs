using Calculus.Optimisation;

namespace Calculus.Charts;

/// <summary>One optimiser's path for <see cref="OptimiserPathsChart"/>: its points (x₀, y₀), (x₁, y₁), …, a name for the legend and a colour.</summary>
/// <param name="Name">The legend entry, e.g. "momentum, β = 0.9 (3,020 steps)".</param>
/// <param name="Points">The iterates, in order.</param>
/// <param name="Colour">A CSS colour for the line and its markers.</param>
public sealed record OptimiserPath(string Name, IReadOnlyList<(double X, double Y)> Points, string Colour)
{
    /// <summary>Whether each iterate gets a marker (true) or only the line is drawn (false).</summary>
    public bool Markers { get; init; } = true;

    /// <summary>The width of the line, in pixels.</summary>
    public double Width { get; init; } = 2;

    /// <summary>The size of the markers, in pixels.</summary>
    public double MarkerSize { get; init; } = 5;

    /// <summary>The path of a 2-D run, from x₀ to the end, or only its first <paramref name="take"/> points.</summary>
    /// <exception cref="ArgumentException">The run's points do not have two coordinates.</exception>
    public static OptimiserPath Of(OptimisationResult run, string name, string colour, int take = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (run.Point.Count != 2)
        {
            throw new ArgumentException($"An optimiser path over contours needs points with 2 coordinates; this run's have {run.Point.Count}.", nameof(run));
        }

        return new OptimiserPath(name, run.Iterates.Take(take).Select(p => (p[0], p[1])).ToArray(), colour);
    }

    /// <summary>Every <paramref name="k"/>-th point, and the last one: enough to draw a path of many thousand steps.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="k"/> is less than 1.</exception>
    public OptimiserPath Every(int k)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        return this with { Points = Points.Where((_, i) => i % k == 0 || i == Points.Count - 1).ToArray() };
    }
}
