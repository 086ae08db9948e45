using MathNet.Numerics.LinearAlgebra;

namespace Calculus.NeuralNetworks;

/// <summary>
/// How strongly the cost's gradient reaches each layer, for a network on a batch: the Frobenius norm ‖M‖ = √(Σᵢⱼ Mᵢⱼ²)
/// of each layer's error δ_l = ∂C/∂z_l and of its weight gradient ∂C/∂W_l. Norms that shrink from layer L back to
/// layer 1 are the vanishing gradients that make deep sigmoid networks slow to train.
/// </summary>
public static class GradientNorms
{
    /// <summary>‖δ_l‖ = ‖∂C/∂z_l‖ for l = 1, …, L (entry l − 1), over the batch x, y (one sample per column), by backpropagation.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The inputs or targets do not fit the network or each other, or there are no samples.</exception>
    public static double[] Errors(Network network, Matrix<double> inputs, Matrix<double> targets)
    {
        var backpropagation = Run(network, inputs, targets);
        return Enumerable.Range(1, network.Layers.Count).Select(l => backpropagation.Delta(l).FrobeniusNorm()).ToArray();
    }

    /// <summary>‖∂C/∂W_l‖ for l = 1, …, L (entry l − 1), over the batch x, y (one sample per column), by backpropagation.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The inputs or targets do not fit the network or each other, or there are no samples.</exception>
    public static double[] Weights(Network network, Matrix<double> inputs, Matrix<double> targets)
    {
        var backpropagation = Run(network, inputs, targets);
        return Enumerable.Range(1, network.Layers.Count).Select(l => backpropagation.Gradient.Weights(l).FrobeniusNorm()).ToArray();
    }

    private static Backpropagation Run(Network network, Matrix<double> inputs, Matrix<double> targets)
    {
        ArgumentNullException.ThrowIfNull(network);
        DataCheck.Batch(network, inputs, targets, nameof(inputs), nameof(targets));
        var backpropagation = new Backpropagation(network, inputs.ColumnCount);
        backpropagation.Run(inputs, targets);
        return backpropagation;
    }
}
