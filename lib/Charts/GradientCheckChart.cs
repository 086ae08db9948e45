using Calculus.NeuralNetworks;

namespace Calculus.Charts;

/// <summary>
/// A gradient check drawn parameter by parameter: the relative error |g_bp − g_fd| / max(|g_bp|, |g_fd|) of
/// backpropagation against central differences for every weight and bias, on a log axis, one cloud per check.
/// </summary>
public static class GradientCheckChart
{
    private static readonly string[] s_colours = ["seagreen", "crimson", "royalblue", "darkorange"];

    /// <summary>The relative error of each parameter (markers; hover shows its name and both derivatives), one colour per check.</summary>
    /// <param name="checks">Each check's name, e.g. "correct backpropagation", and its <see cref="GradientCheck"/>.</param>
    /// <exception cref="ArgumentException">There are no checks.</exception>
    public static Figure Of(params (string Name, GradientCheck Check)[] checks)
    {
        ArgumentNullException.ThrowIfNull(checks);
        if (checks.Length == 0)
        {
            throw new ArgumentException("There are no gradient checks to draw; expected at least one.", nameof(checks));
        }

        var figure = new Figure
        {
            Layout = new Layout
            {
                Title = "Gradient check: backpropagation against central differences, parameter by parameter",
                XAxis = new Axis { Title = "parameter (W₁, b₁, W₂, b₂, … in order)" },
                YAxis = new Axis { Title = "relative error", Type = "log" },
            },
        };
        for (var i = 0; i < checks.Length; i++)
        {
            var entries = checks[i].Check.Entries;
            figure.Add(new Scatter
            {
                Name = checks[i].Name,
                Mode = "markers",
                X = Enumerable.Range(0, entries.Count).Select(k => (double)k).ToArray(),
                Y = entries.Select(entry => entry.RelativeError).ToArray(),
                HoverText = entries.Select(entry => entry.ToString()).ToArray(),
                Marker = new Marker { Color = s_colours[i % s_colours.Length], Size = 7 },
            });
        }

        return figure;
    }
}
