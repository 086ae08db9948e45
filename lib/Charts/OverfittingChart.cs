namespace Calculus.Charts;

/// <summary>
/// Overfitting drawn: the error on the training set and on held-out data against the model's complexity (the degree of
/// a polynomial), on a log scale. The training error falls all the way; the held-out error turns and rises.
/// </summary>
public static class OverfittingChart
{
    /// <summary>The smallest error drawn: an exact fit's 0 is drawn here, since a log axis has no 0.</summary>
    public const double Floor = 1e-6;

    /// <summary>trainingError[d] and heldOutError[d] against d = 0, 1, …, on a log y axis (errors below <see cref="Floor"/> drawn at it).</summary>
    /// <param name="trainingError">The error on the training set, one per degree.</param>
    /// <param name="heldOutError">The error on the held-out set, one per degree.</param>
    /// <param name="title">The chart's title.</param>
    /// <param name="errorName">The y axis's title.</param>
    /// <exception cref="ArgumentException">The lists are empty or of different lengths.</exception>
    public static Figure Of(IReadOnlyList<double> trainingError, IReadOnlyList<double> heldOutError, string? title = null, string errorName = "χ² per point")
    {
        ArgumentNullException.ThrowIfNull(trainingError);
        ArgumentNullException.ThrowIfNull(heldOutError);
        if (trainingError.Count == 0 || trainingError.Count != heldOutError.Count)
        {
            throw new ArgumentException($"Expected one training and one held-out error per degree; got {trainingError.Count} and {heldOutError.Count}.", nameof(heldOutError));
        }

        var degrees = Enumerable.Range(0, trainingError.Count).Select(d => (double)d).ToArray();
        return new Figure
        {
            Layout = new Layout
            {
                Title = title,
                XAxis = new Axis { Title = "degree d of the polynomial" },
                YAxis = new Axis { Title = errorName, Type = "log" },
            },
        }.Add(
            new Scatter { Name = "training set", Mode = "lines+markers", X = degrees, Y = trainingError.Select(e => Math.Max(e, Floor)).ToArray(), Line = new Line { Color = "royalblue" } },
            new Scatter { Name = "held-out set", Mode = "lines+markers", X = degrees, Y = heldOutError.Select(e => Math.Max(e, Floor)).ToArray(), Line = new Line { Color = "crimson" } });
    }
}
