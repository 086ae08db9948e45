using Calculus.NeuralNetworks;

namespace Calculus.Charts;

/// <summary>
/// What a gradient of a network's cost costs against the number of parameters P, on log-log axes, from
/// <see cref="GradientCost.Measure"/>: the passes through the cost (2P, P, 1), or the time each method takes.
/// </summary>
public static class GradientCostChart
{
    /// <summary>Passes through the cost for one gradient against P: central differences 2P, forward mode P, reverse mode 1.</summary>
    /// <exception cref="ArgumentException">There are no measurements.</exception>
    public static Figure Passes(IReadOnlyList<GradientCostMeasurement> measurements) =>
        LogLog(
            measurements,
            "Evaluations of the cost needed for one gradient",
            "passes through the cost",
            Series(measurements, "central differences: 2P", m => m.DifferenceEvaluations, "grey"),
            Series(measurements, "forward mode (dual numbers): P", m => m.ForwardPasses, "darkorange"),
            Series(measurements, "reverse mode (tape): 1, then one backward sweep", m => m.ReversePasses, "royalblue"));

    /// <summary>Milliseconds for one gradient against P: forward mode, reverse mode and backpropagation.</summary>
    /// <exception cref="ArgumentException">There are no measurements.</exception>
    public static Figure Times(IReadOnlyList<GradientCostMeasurement> measurements) =>
        LogLog(
            measurements,
            "Time for one gradient, measured on this machine (yours will differ)",
            "milliseconds",
            Series(measurements, "forward mode (dual numbers)", m => m.ForwardMilliseconds, "darkorange"),
            Series(measurements, "reverse mode (tape)", m => m.ReverseMilliseconds, "royalblue"),
            Series(measurements, "backpropagation (matrices)", m => m.BackpropagationMilliseconds, "seagreen"));

    private static Figure LogLog(IReadOnlyList<GradientCostMeasurement> measurements, string title, string yTitle, params Scatter[] series)
    {
        if (measurements.Count == 0)
        {
            throw new ArgumentException("There are no measurements to draw; expected at least one network.", nameof(measurements));
        }

        return new Figure
        {
            Layout = new Layout
            {
                Title = title,
                XAxis = new Axis { Title = "parameters P", Type = "log" },
                YAxis = new Axis { Title = yTitle, Type = "log" },
            },
        }.Add(series);
    }

    private static Scatter Series(IReadOnlyList<GradientCostMeasurement> measurements, string name, Func<GradientCostMeasurement, double> pick, string colour)
    {
        ArgumentNullException.ThrowIfNull(measurements);
        return new Scatter
        {
            Name = name,
            Mode = "lines+markers",
            X = measurements.Select(m => (double)m.ParameterCount).ToArray(),
            Y = measurements.Select(pick).ToArray(),
            HoverText = measurements.Select(m => m.Name).ToArray(),
            Line = new Line { Color = colour },
        };
    }
}
