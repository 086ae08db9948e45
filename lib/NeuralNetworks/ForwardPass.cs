using MathNet.Numerics.LinearAlgebra;

namespace Calculus.NeuralNetworks;

/// <summary>
/// One forward pass through a network for a batch of N samples (one per column), keeping what backpropagation needs:
/// every layer's weighted input z_l = W_l a_{l−1} + b_l·1ᵀ and activation a_l = σ(z_l), for l = 1, …, L, with a₀ = x.
/// The matrices belong to the pass; running it again overwrites them.
/// </summary>
public sealed class ForwardPass
{
    private readonly Network _network;
    private readonly Matrix<double>[] _z;
    private readonly Matrix<double>[] _a;

    /// <summary>A pass for <paramref name="network"/> with room for <paramref name="sampleCount"/> samples.</summary>
    internal ForwardPass(Network network, int sampleCount)
    {
        _network = network;
        SampleCount = sampleCount;
        _z = network.Layers.Select(layer => Matrix<double>.Build.Dense(layer.OutputSize, sampleCount)).ToArray();
        _a = new Matrix<double>[network.Layers.Count + 1];
        _a[0] = Matrix<double>.Build.Dense(network.InputSize, sampleCount);
        for (var l = 1; l <= network.Layers.Count; l++)
        {
            _a[l] = Matrix<double>.Build.Dense(network.Layers[l - 1].OutputSize, sampleCount);
        }
    }

    /// <summary>N, the number of samples (columns).</summary>
    public int SampleCount { get; }

    /// <summary>L, the number of layers.</summary>
    public int LayerCount => _z.Length;

    /// <summary>a_L, the network's output: an n_L×N matrix.</summary>
    public Matrix<double> Output => _a[^1];

    /// <summary>z_l = W_l a_{l−1} + b_l·1ᵀ, layer l's weighted inputs (n_l×N), for l = 1, …, L.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="l"/> is not between 1 and L.</exception>
    public Matrix<double> Z(int l)
    {
        CheckLayer(l, 1);
        return _z[l - 1];
    }

    /// <summary>a_l = σ(z_l), layer l's activations (n_l×N), for l = 1, …, L; a₀ = x, the inputs.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="l"/> is not between 0 and L.</exception>
    public Matrix<double> A(int l)
    {
        CheckLayer(l, 0);
        return _a[l];
    }

    /// <summary>Runs the pass for dense inputs of the right shape (checked by the caller), overwriting z and a.</summary>
    internal void Run(Matrix<double> inputs)
    {
        inputs.CopyTo(_a[0]);
        for (var l = 1; l <= LayerCount; l++)
        {
            var layer = _network.Layers[l - 1];
            InPlace.Multiply(layer.Weights, _a[l - 1], _z[l - 1]);   // z_l = W_l a_{l−1}
            InPlace.AddToEachColumn(_z[l - 1], layer.Biases);        //       + b_l, added to every sample's column
            layer.Activation.Apply(_z[l - 1], _a[l]);               // a_l = σ(z_l)
        }
    }

    private void CheckLayer(int l, int first)
    {
        if (l < first || l > LayerCount)
        {
            throw new ArgumentOutOfRangeException(nameof(l), l, $"Layers are numbered {first} to {LayerCount} here (a₀ is the input).");
        }
    }
}
