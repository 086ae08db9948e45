using Calculus.NeuralNetworks;

namespace Calculus.Charts;

/// <summary>Activation functions a = σ(z) (solid) and their derivatives σ′(z) (dashed, the same colour) against z.</summary>
public static class ActivationChart
{
    private static readonly string[] s_colours = ["royalblue", "darkorange", "seagreen", "crimson"];

    /// <summary>σ(z) solid and σ′(z) dashed for each activation, z from <paramref name="from"/> to <paramref name="to"/>.</summary>
    /// <param name="activations">Each activation with the symbol its legend uses, e.g. ("σ", Activation.Sigmoid).</param>
    /// <param name="from">The smallest z.</param>
    /// <param name="to">The largest z.</param>
    /// <param name="title">The chart's title; by default it names the activations.</param>
    /// <exception cref="ArgumentException">There are no activations, or the range is empty or not finite.</exception>
    public static Figure Of(IReadOnlyList<(string Symbol, Activation Activation)> activations, double from = -6, double to = 6, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(activations);
        if (activations.Count == 0)
        {
            throw new ArgumentException("There are no activations to draw; expected at least one.", nameof(activations));
        }

        var zs = Sampling.Linspace(from, to, 200);
        var figure = new Figure
        {
            Layout = new Layout
            {
                Title = title ?? string.Join(" and ", activations.Select(a => a.Activation.Name)) + " (solid) and their derivatives (dashed)",
                XAxis = new Axis { Title = "z" },
                YAxis = new Axis { Title = "a" },
            },
        };
        for (var i = 0; i < activations.Count; i++)
        {
            var (symbol, activation) = activations[i];
            var colour = s_colours[i % s_colours.Length];
            figure.Add(
                new Scatter { Name = $"{symbol}(z)", X = zs, Y = Sampling.Evaluate(activation.Value, zs), Line = new Line { Color = colour } },
                new Scatter { Name = $"{symbol}′(z)", X = zs, Y = Sampling.Evaluate(activation.Derivative, zs), Line = new Line { Color = colour, Dash = "dash" } });
        }

        return figure;
    }
}
