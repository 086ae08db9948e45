using MathNet.Numerics.LinearAlgebra;

namespace Calculus.NeuralNetworks;

/// <summary>
/// A dense layer a = σ(Wx + b): neuron i weighs every input xⱼ by Wᵢⱼ, adds its bias bᵢ and passes the sum zᵢ through
/// the activation σ. W has one row per neuron and one column per input.
/// </summary>
public sealed class Layer
{
    /// <summary>A layer with the given W, b and σ; the weights and biases are copied.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">
    /// W has no rows or no columns, b does not have one entry per row of W, or an entry is NaN or infinite.
    /// </exception>
    public Layer(Matrix<double> weights, Vector<double> biases, Activation activation)
    {
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(biases);
        ArgumentNullException.ThrowIfNull(activation);
        if (weights.RowCount == 0 || weights.ColumnCount == 0)
        {
            throw new ArgumentException(
                $"weights is {DataCheck.Shape(weights)}; a layer needs at least one neuron (row) and one input (column).",
                nameof(weights));
        }

        if (biases.Count != weights.RowCount)
        {
            throw new ArgumentException(
                $"biases has {DataCheck.Count(biases.Count, "entry", "entries")} but weights has {DataCheck.Count(weights.RowCount, "row")}; "
                + "a layer needs one bias per neuron (row of W).",
                nameof(biases));
        }

        DataCheck.Finite(weights, nameof(weights));
        DataCheck.Finite(biases, nameof(biases));
        Weights = Matrix<double>.Build.DenseOfMatrix(weights);
        Biases = Vector<double>.Build.DenseOfVector(biases);
        Activation = activation;
    }

    /// <summary>W, one row per neuron and one column per input: z = Wx + b. Training changes it in place.</summary>
    public Matrix<double> Weights { get; }

    /// <summary>b, one bias per neuron: z = Wx + b. Training changes it in place.</summary>
    public Vector<double> Biases { get; }

    /// <summary>σ in a = σ(z).</summary>
    public Activation Activation { get; }

    /// <summary>How many inputs the layer takes: the number of columns of W.</summary>
    public int InputSize => Weights.ColumnCount;

    /// <summary>How many neurons, and so outputs, the layer has: the number of rows of W.</summary>
    public int OutputSize => Weights.RowCount;

    /// <summary>A layer with Glorot (Xavier) uniform weights Wᵢⱼ ~ U(−r, r), r = √(6/(n_in + n_out)), and zero biases.</summary>
    /// <remarks>
    /// The range is large enough that signals do not fade layer by layer, and small enough that sigmoids do not start
    /// saturated. The weights are drawn row by row from <paramref name="random"/>.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">A size is less than 1.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="activation"/> or <paramref name="random"/> is null.</exception>
    public static Layer Initialise(int inputSize, int outputSize, Activation activation, Random random)
    {
        Check.AtLeast(inputSize, 1, nameof(inputSize));
        Check.AtLeast(outputSize, 1, nameof(outputSize));
        ArgumentNullException.ThrowIfNull(random);
        var r = Math.Sqrt(6.0 / (inputSize + outputSize));
        var weights = Matrix<double>.Build.Dense(outputSize, inputSize);
        for (var i = 0; i < outputSize; i++)
        {
            for (var j = 0; j < inputSize; j++)
            {
                weights[i, j] = r * ((2 * random.NextDouble()) - 1);
            }
        }

        return new Layer(weights, Vector<double>.Build.Dense(outputSize), activation);
    }

    /// <summary>a = σ(Wx + b·1ᵀ) for a batch x with one sample per column: a new n_out×N matrix.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="inputs"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="inputs"/> does not have one row per input of the layer, or has no columns.</exception>
    public Matrix<double> Forward(Matrix<double> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        if (inputs.RowCount != InputSize || inputs.ColumnCount == 0)
        {
            throw new ArgumentException(
                $"inputs is {DataCheck.Shape(inputs)} but the layer takes {DataCheck.Count(InputSize, "input")} per sample: give a {InputSize}×N matrix with N ≥ 1.",
                nameof(inputs));
        }

        var z = Matrix<double>.Build.Dense(OutputSize, inputs.ColumnCount);
        InPlace.Multiply(Weights, InPlace.Dense(inputs), z);
        InPlace.AddToEachColumn(z, Biases);
        return Activation.Apply(z);
    }

    /// <summary>"6 → 7, sigmoid".</summary>
    public override string ToString() => $"{InputSize} → {OutputSize}, {Activation.Name}";
}
