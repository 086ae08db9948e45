using MathNet.Numerics.LinearAlgebra;

namespace Calculus.NeuralNetworks;

/// <summary>
/// ∂C/∂W_l and ∂C/∂b_l for every layer l = 1, …, L: the gradient of the cost with respect to every weight and bias
/// of a network, each shaped like the parameter it belongs to, together with the cost C where it was taken.
/// </summary>
public sealed class CostGradient
{
    private readonly Matrix<double>[] _weights;
    private readonly Vector<double>[] _biases;

    /// <summary>A zero gradient shaped like <paramref name="network"/>'s parameters.</summary>
    internal CostGradient(Network network)
    {
        _weights = network.Layers.Select(layer => Matrix<double>.Build.Dense(layer.OutputSize, layer.InputSize)).ToArray();
        _biases = network.Layers.Select(layer => Vector<double>.Build.Dense(layer.OutputSize)).ToArray();
    }

    /// <summary>L, the number of layers.</summary>
    public int LayerCount => _weights.Length;

    /// <summary>C, the cost at which the gradient was taken.</summary>
    public double Cost { get; internal set; }

    /// <summary>∂C/∂W_l, shaped like W_l: entry (i, j) is ∂C/∂W_l[i, j], for l = 1, …, L.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="l"/> is not between 1 and L.</exception>
    public Matrix<double> Weights(int l)
    {
        CheckLayer(l);
        return _weights[l - 1];
    }

    /// <summary>∂C/∂b_l, shaped like b_l: entry i is ∂C/∂b_l[i], for l = 1, …, L.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="l"/> is not between 1 and L.</exception>
    public Vector<double> Biases(int l)
    {
        CheckLayer(l);
        return _biases[l - 1];
    }

    private void CheckLayer(int l)
    {
        if (l < 1 || l > LayerCount)
        {
            throw new ArgumentOutOfRangeException(nameof(l), l, $"Layers are numbered 1 to {LayerCount}.");
        }
    }
}
