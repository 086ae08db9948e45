using Calculus.Display;
using MathNet.Numerics.LinearAlgebra;

namespace Calculus.NeuralNetworks;

/// <summary>
/// A feed-forward network of dense layers, numbered l = 1, …, L as in the course: a₀ = x is the input and
/// a_l = σ(W_l a_{l−1} + b_l), so the output is a_L. <see cref="Layers"/>[l − 1] is layer l. Data has one sample per
/// column: a batch of N inputs is an n₀×N matrix and its outputs an n_L×N matrix.
/// </summary>
public sealed class Network
{
    private readonly Layer[] _layers;

    /// <summary>A network of the given layers, in order from input to output.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="layers"/> or a layer is null.</exception>
    /// <exception cref="ArgumentException">There are no layers, or a layer's input size is not the previous layer's output size.</exception>
    public Network(IReadOnlyList<Layer> layers)
    {
        ArgumentNullException.ThrowIfNull(layers);
        if (layers.Count == 0)
        {
            throw new ArgumentException("A network needs at least one layer.", nameof(layers));
        }

        for (var l = 1; l <= layers.Count; l++)
        {
            if (layers[l - 1] is null)
            {
                throw new ArgumentNullException(nameof(layers), $"Layer {l} (layers[{l - 1}]) is null.");
            }

            if (l > 1 && layers[l - 1].InputSize != layers[l - 2].OutputSize)
            {
                throw new ArgumentException(
                    $"Layer {l} (layers[{l - 1}]) takes {DataCheck.Count(layers[l - 1].InputSize, "input")} (its W has {layers[l - 1].InputSize} columns) "
                    + $"but layer {l - 1} gives {DataCheck.Count(layers[l - 2].OutputSize, "output")}; "
                    + "each layer must take as many inputs as the one before it has neurons.",
                    nameof(layers));
            }
        }

        _layers = layers.ToArray();
    }

    /// <summary>The layers from input to output: Layers[l − 1] is layer l.</summary>
    public IReadOnlyList<Layer> Layers => _layers;

    /// <summary>n₀, the number of inputs per sample.</summary>
    public int InputSize => _layers[0].InputSize;

    /// <summary>n_L, the number of outputs per sample.</summary>
    public int OutputSize => _layers[^1].OutputSize;

    /// <summary>Σ_l (n_l·n_{l−1} + n_l), the number of weights and biases.</summary>
    public int ParameterCount => _layers.Sum(layer => (layer.OutputSize * layer.InputSize) + layer.OutputSize);

    /// <summary>A network with layer sizes n₀, n₁, …, n_L and one activation σ for every layer, seeded Glorot uniform weights and zero biases.</summary>
    /// <remarks>The weights come from System.Random(<paramref name="seed"/>), as in <see cref="Layer.Initialise"/>.</remarks>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">There are fewer than two sizes.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A size is less than 1.</exception>
    public static Network Create(IReadOnlyList<int> sizes, Activation activation, int seed)
    {
        ArgumentNullException.ThrowIfNull(sizes);
        ArgumentNullException.ThrowIfNull(activation);
        return Create(sizes, Enumerable.Repeat(activation, Math.Max(sizes.Count - 1, 0)).ToArray(), seed);
    }

    /// <summary>A network with layer sizes n₀, n₁, …, n_L and activations σ₁, …, σ_L, seeded Glorot uniform weights and zero biases.</summary>
    /// <remarks>The weights come from System.Random(<paramref name="seed"/>), layer by layer and row by row, as in <see cref="Layer.Initialise"/>.</remarks>
    /// <exception cref="ArgumentNullException">An argument or an activation is null.</exception>
    /// <exception cref="ArgumentException">There are fewer than two sizes, or not one activation per layer (one fewer than the sizes).</exception>
    /// <exception cref="ArgumentOutOfRangeException">A size is less than 1.</exception>
    public static Network Create(IReadOnlyList<int> sizes, IReadOnlyList<Activation> activations, int seed)
    {
        ArgumentNullException.ThrowIfNull(sizes);
        ArgumentNullException.ThrowIfNull(activations);
        if (sizes.Count < 2)
        {
            throw new ArgumentException(
                $"sizes has {DataCheck.Count(sizes.Count, "entry", "entries")}; a network needs at least two, the input size and the output size.",
                nameof(sizes));
        }

        if (activations.Count != sizes.Count - 1)
        {
            throw new ArgumentException(
                $"There are {sizes.Count - 1} layers ({sizes.Count} sizes) but {DataCheck.Count(activations.Count, "activation")}; give one per layer.",
                nameof(activations));
        }

        for (var l = 0; l < sizes.Count; l++)
        {
            if (sizes[l] < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(sizes), sizes[l], $"sizes[{l}] is {sizes[l]}; every layer needs at least one neuron.");
            }
        }

        var random = new Random(seed);
        var layers = new Layer[sizes.Count - 1];
        for (var l = 1; l < sizes.Count; l++)
        {
            ArgumentNullException.ThrowIfNull(activations[l - 1], $"{nameof(activations)}[{l - 1}]");
            layers[l - 1] = Layer.Initialise(sizes[l - 1], sizes[l], activations[l - 1], random);
        }

        return new Network(layers);
    }

    /// <summary>a_L, the network's outputs for a batch of inputs (one sample per column): an n_L×N matrix.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="inputs"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="inputs"/> does not have n₀ rows, or has no columns.</exception>
    public Matrix<double> Predict(Matrix<double> inputs) => Forward(inputs).Output;

    /// <summary>a_L for one input x: a vector of n_L outputs.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="input"/> does not have n₀ entries.</exception>
    public Vector<double> Predict(Vector<double> input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Count != InputSize)
        {
            throw new ArgumentException(
                $"input has {DataCheck.Count(input.Count, "entry", "entries")} but the network takes {DataCheck.Count(InputSize, "input")}.",
                nameof(input));
        }

        return Predict(input.ToColumnMatrix()).Column(0);
    }

    /// <summary>The forward pass for a batch, keeping every layer's z_l = W_l a_{l−1} + b_l and a_l = σ(z_l).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="inputs"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="inputs"/> does not have n₀ rows, or has no columns.</exception>
    public ForwardPass Forward(Matrix<double> inputs)
    {
        DataCheck.Inputs(this, inputs, nameof(inputs));
        var pass = new ForwardPass(this, inputs.ColumnCount);
        pass.Run(InPlace.Dense(inputs));
        return pass;
    }

    /// <summary>A table of the layers l = 1, …, L: the shapes of W_l (n_l×n_{l−1}) and b_l, the n_l·n_{l−1} + n_l parameters, and σ_l.</summary>
    public Latex LayerTable()
    {
        var rows = _layers.Select((layer, index) =>
            $@"{index + 1} & {layer.OutputSize}\times{layer.InputSize} & {layer.OutputSize} & "
            + $@"{(layer.OutputSize * layer.InputSize) + layer.OutputSize} & \text{{{layer.Activation.Name}}} \\");
        return new Latex(
            @"\begin{array}{c|c|c|c|c} \text{layer } l & W_l & b_l & \text{parameters} & \sigma \\ \hline " + string.Join(" ", rows) + @" \end{array}",
            string.Join("\n", _layers.Select((layer, index) => $"layer {index + 1}: W {layer.OutputSize}×{layer.InputSize}, b {layer.OutputSize}, {layer.Activation.Name}")));
    }

    /// <summary>A copy with its own weights and biases, so training one does not change the other.</summary>
    public Network Clone() => new(_layers.Select(layer => new Layer(layer.Weights, layer.Biases, layer.Activation)).ToArray());

    /// <summary>"1-6-7-2 (sigmoid, sigmoid, sigmoid)".</summary>
    public override string ToString() =>
        $"{string.Join("-", _layers.Select(layer => layer.InputSize).Append(OutputSize))} ({string.Join(", ", _layers.Select(layer => layer.Activation.Name))})";
}
