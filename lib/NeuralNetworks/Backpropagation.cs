using MathNet.Numerics.LinearAlgebra;

namespace Calculus.NeuralNetworks;

/// <summary>
/// The gradient of the cost with respect to every weight and bias, by the chain rule applied layer by layer from the
/// output back to the input. With δ_l = ∂C/∂z_l (one column per sample):
/// δ_L = ∂C/∂a_L ⊙ σ'(z_L); δ_l = (W_{l+1}ᵀ δ_{l+1}) ⊙ σ'(z_l); ∂C/∂W_l = δ_l a_{l−1}ᵀ; ∂C/∂b_l = Σₙ δ_l.
/// An instance is made once for a network and a batch size and can then be run again and again without allocating.
/// </summary>
public sealed class Backpropagation
{
    private readonly Network _network;
    private readonly Matrix<double>[] _costByActivation;   // ∂C/∂a_l, n_l×N
    private readonly Matrix<double>[] _activationSlope;    // σ'(z_l), n_l×N
    private readonly Matrix<double>[] _delta;              // δ_l = ∂C/∂z_l, n_l×N

    /// <summary>The workspace for backpropagation through <paramref name="network"/> on batches of <paramref name="sampleCount"/> samples.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="network"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sampleCount"/> is less than 1.</exception>
    public Backpropagation(Network network, int sampleCount)
    {
        ArgumentNullException.ThrowIfNull(network);
        Check.AtLeast(sampleCount, 1, nameof(sampleCount));
        _network = network;
        Pass = new ForwardPass(network, sampleCount);
        Gradient = new CostGradient(network);
        _costByActivation = NewPerLayer(network, sampleCount);
        _activationSlope = NewPerLayer(network, sampleCount);
        _delta = NewPerLayer(network, sampleCount);
    }

    /// <summary>N, the number of samples (columns) a batch must have.</summary>
    public int SampleCount => Pass.SampleCount;

    /// <summary>The forward pass of the latest <see cref="Run"/>: every z_l and a_l.</summary>
    public ForwardPass Pass { get; }

    /// <summary>∂C/∂W_l and ∂C/∂b_l from the latest <see cref="Run"/>; overwritten by the next.</summary>
    public CostGradient Gradient { get; }

    /// <summary>∂C/∂W_l and ∂C/∂b_l for every layer, for the inputs x and targets y (one sample per column).</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The inputs or targets do not fit the network or each other, or there are no samples.</exception>
    public static CostGradient Compute(Network network, Matrix<double> inputs, Matrix<double> targets)
    {
        ArgumentNullException.ThrowIfNull(network);
        DataCheck.Batch(network, inputs, targets, nameof(inputs), nameof(targets));
        var backpropagation = new Backpropagation(network, inputs.ColumnCount);
        backpropagation.Run(inputs, targets);
        return backpropagation.Gradient;
    }

    /// <summary>δ_l = ∂C/∂z_l from the latest <see cref="Run"/>: how the cost changes with each weighted input, n_l×N.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="l"/> is not between 1 and L.</exception>
    public Matrix<double> Delta(int l)
    {
        if (l < 1 || l > _delta.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(l), l, $"Layers are numbered 1 to {_delta.Length}.");
        }

        return _delta[l - 1];
    }

    /// <summary>Runs the forward pass and then backpropagation, filling <see cref="Gradient"/>; returns C = (1/2N) Σ ‖a_L − y‖².</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">
    /// The inputs or targets do not fit the network or each other, or do not have <see cref="SampleCount"/> columns.
    /// </exception>
    public double Run(Matrix<double> inputs, Matrix<double> targets)
    {
        DataCheck.Batch(_network, inputs, targets, nameof(inputs), nameof(targets));
        if (inputs.ColumnCount != SampleCount)
        {
            throw new ArgumentException(
                $"inputs has {DataCheck.Count(inputs.ColumnCount, "sample")} (columns) but this backpropagation was made for {SampleCount}.",
                nameof(inputs));
        }

        return RunWithoutChecks(InPlace.Dense(inputs), InPlace.Dense(targets));
    }

    /// <summary>The forward pass, the cost, and the backward pass, for dense inputs and targets already checked to fit.</summary>
    /// <remarks>
    /// Each step is one factor of the chain rule ∂C/∂W_l = ∂C/∂a_L · ∂a_L/∂z_L · ∂z_L/∂a_{L−1} ⋯ ∂a_l/∂z_l · ∂z_l/∂W_l,
    /// multiplied in from the cost's end, so every product is a matrix times a batch of vectors, never a Jacobian times a Jacobian.
    /// </remarks>
    internal double RunWithoutChecks(Matrix<double> inputs, Matrix<double> targets)
    {
        Pass.Run(inputs);
        var layerCount = _network.Layers.Count;

        // The cost C = (1/2N) Σ ‖a_L − y‖², and its gradient with respect to the output, ∂C/∂a_L = (a_L − y)/N.
        var cost = Cost.MeanSquaredError(Pass.Output, targets, CostByActivation(layerCount));

        for (var l = layerCount; l >= 1; l--)
        {
            if (l < layerCount)
            {
                // ∂C/∂a_l = W_{l+1}ᵀ δ_{l+1}. The Jacobian ∂z_{l+1}/∂a_l of z_{l+1} = W_{l+1} a_l + b_{l+1} is W_{l+1}; the chain
                // rule multiplies the row ∂C/∂z_{l+1} by it, which for columns is multiplying by W_{l+1}ᵀ.
                InPlace.TransposeThisAndMultiply(_network.Layers[l].Weights, Delta(l + 1), CostByActivation(l));
            }

            // δ_l = ∂C/∂a_l ⊙ σ'(z_l). The Jacobian ∂a_l/∂z_l is diagonal, diag(σ'(z_l)), because each a depends on its own z
            // alone; multiplying by a diagonal matrix is multiplying entry by entry.
            _network.Layers[l - 1].Activation.Derivative(Pass.Z(l), Pass.A(l), ActivationSlope(l));
            CostByActivation(l).PointwiseMultiply(ActivationSlope(l), Delta(l));

            // ∂C/∂W_l = δ_l a_{l−1}ᵀ. z_l[i] = Σⱼ W_l[i, j] a_{l−1}[j] + b_l[i] depends on W_l[i, j] only through the term
            // W_l[i, j] a_{l−1}[j], so ∂C/∂W_l[i, j] = δ_l[i] a_{l−1}[j]; the product over columns sums this over the samples.
            InPlace.TransposeAndMultiply(Delta(l), Pass.A(l - 1), Gradient.Weights(l));

            // ∂C/∂b_l = Σₙ δ_l: the Jacobian ∂z_l/∂b_l is the identity, so each sample adds its own column of δ_l.
            InPlace.RowSums(Delta(l), Gradient.Biases(l));
        }

        Gradient.Cost = cost;
        return cost;
    }

    private static Matrix<double>[] NewPerLayer(Network network, int sampleCount) =>
        network.Layers.Select(layer => Matrix<double>.Build.Dense(layer.OutputSize, sampleCount)).ToArray();

    private Matrix<double> CostByActivation(int l) => _costByActivation[l - 1];

    private Matrix<double> ActivationSlope(int l) => _activationSlope[l - 1];
}
