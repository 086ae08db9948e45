namespace Calculus.NeuralNetworks;

/// <summary>
/// A network's weights and biases, or a gradient of them, laid out as one vector θ in the library's order:
/// W₁ row by row, then b₁, then W₂ row by row, b₂, and so on (the order of <see cref="GradientCheck.Entries"/>).
/// </summary>
public static class ParameterVector
{
    /// <summary>θ = (W₁[0, 0], W₁[0, 1], …, b₁[0], …, W₂[0, 0], …, b_L[n_L − 1]).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="network"/> is null.</exception>
    public static double[] Of(Network network)
    {
        ArgumentNullException.ThrowIfNull(network);
        return network.Layers
            .SelectMany(layer => Enumerable.Range(0, layer.OutputSize)
                .SelectMany(i => layer.Weights.Row(i))
                .Concat(layer.Biases))
            .ToArray();
    }

    /// <summary>∂C/∂θ in the same order: ∂C/∂W₁ row by row, ∂C/∂b₁, ∂C/∂W₂ row by row, ….</summary>
    /// <exception cref="ArgumentNullException"><paramref name="gradient"/> is null.</exception>
    public static double[] Of(CostGradient gradient)
    {
        ArgumentNullException.ThrowIfNull(gradient);
        return Enumerable.Range(1, gradient.LayerCount)
            .SelectMany(l => Enumerable.Range(0, gradient.Weights(l).RowCount)
                .SelectMany(i => gradient.Weights(l).Row(i))
                .Concat(gradient.Biases(l)))
            .ToArray();
    }
}
