using Calculus.Display;
using MathNet.Numerics.LinearAlgebra;

namespace Calculus.NeuralNetworks;

/// <summary>
/// Backpropagation for one sample done the long way: every Jacobian of the chain C ← a_L ← z_L ← W_L, b_L, a_{L−1} ← …
/// built as an actual matrix and multiplied from the cost's end, with C = ½‖a_L − y‖². Each row δ_lᵀ = ∂C/∂a_l · diag σ′(z_l)
/// is carried back by W_l; ∂C/∂W_l = δ_lᵀ (I ⊗ a_{l−1}ᵀ) reshaped like W_l, and ∂C/∂b_l = δ_lᵀ I.
/// </summary>
/// <remarks>A real implementation never builds the diagonal or Kronecker matrices (they are mostly zeros); <see cref="Backpropagation"/> uses the four-line form, and the two agree.</remarks>
public sealed class JacobianChain
{
    private readonly List<JacobianChainEntry> _entries = [];
    private readonly Matrix<double>[] _weightGradients;
    private readonly Vector<double>[] _biasGradients;

    private JacobianChain(int layerCount)
    {
        _weightGradients = new Matrix<double>[layerCount];
        _biasGradients = new Vector<double>[layerCount];
    }

    /// <summary>Every Jacobian, in the order they are multiplied, from ∂C/∂a_L back to layer 1.</summary>
    public IReadOnlyList<JacobianChainEntry> Entries => _entries;

    /// <summary>L, the number of layers.</summary>
    public int LayerCount => _weightGradients.Length;

    /// <summary>The chain of Jacobians of C = ½‖a_L − y‖² for one sample x (an n₀×1 column) and its target y (n_L×1).</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The input or target does not fit the network, or is not a single column.</exception>
    public static JacobianChain Of(Network network, Matrix<double> input, Matrix<double> target)
    {
        ArgumentNullException.ThrowIfNull(network);
        DataCheck.Batch(network, input, target, nameof(input), nameof(target));
        if (input.ColumnCount != 1)
        {
            throw new ArgumentException($"Expected one sample, a single column; got {input.ColumnCount} columns.", nameof(input));
        }

        var pass = network.Forward(input);
        var chain = new JacobianChain(network.Layers.Count);
        var layerCount = network.Layers.Count;
        var costByActivation = (pass.Output - target).Transpose();                              // ∂C/∂a_L, a 1×n_L row
        chain.Add($@"\partial C/\partial a_{layerCount}", $@"(a_{layerCount} - y)^{{\mathsf T}}", costByActivation);
        for (var l = layerCount; l >= 1; l--)
        {
            var layer = network.Layers[l - 1];
            var activationJacobian = Matrix<double>.Build.DenseOfDiagonalVector(layer.Activation.Derivative(pass.Z(l)).Column(0));
            var delta = costByActivation * activationJacobian;                                   // δ_lᵀ = ∂C/∂z_l, a row
            var weightJacobian = Matrix<double>.Build.DenseIdentity(layer.OutputSize)             // ∂z_l/∂W_l = I ⊗ a_{l−1}ᵀ
                .KroneckerProduct(pass.A(l - 1).Transpose());
            var biasJacobian = Matrix<double>.Build.DenseIdentity(layer.OutputSize);              // ∂z_l/∂b_l = I
            var flatWeightGradient = delta * weightJacobian;                                     // ∂C/∂W_l as one row
            chain._weightGradients[l - 1] = Matrix<double>.Build.Dense(
                layer.OutputSize, layer.InputSize, (i, j) => flatWeightGradient[0, (i * layer.InputSize) + j]);
            chain._biasGradients[l - 1] = (delta * biasJacobian).Row(0);
            chain.Add($@"\partial a_{l}/\partial z_{l}", $@"\operatorname{{diag}}\sigma'(z_{l})", activationJacobian);
            chain.Add($@"\delta_{l}^{{\mathsf T}} = \partial C/\partial z_{l}", $@"\partial C/\partial a_{l}\cdot\partial a_{l}/\partial z_{l}", delta);
            chain.Add($@"\partial z_{l}/\partial W_{l}", $@"I_{{{layer.OutputSize}}}\otimes a_{l - 1}^{{\mathsf T}}", weightJacobian);
            chain.Add($@"\partial z_{l}/\partial b_{l}", $@"I_{{{layer.OutputSize}}}", biasJacobian);
            chain.Add($@"\partial C/\partial W_{l}", $@"\delta_{l} a_{l - 1}^{{\mathsf T}}", chain._weightGradients[l - 1]);
            if (l > 1)
            {
                chain.Add($@"\partial z_{l}/\partial a_{l - 1}", $@"W_{l}", layer.Weights);          // ∂z_l/∂a_{l−1} = W_l
                costByActivation = delta * layer.Weights;                                        // ∂C/∂a_{l−1}, a row
                chain.Add($@"\partial C/\partial a_{l - 1}", $@"\delta_{l}^{{\mathsf T}} W_{l}", costByActivation);
            }
        }

        return chain;
    }

    /// <summary>∂C/∂W_l = δ_l a_{l−1}ᵀ, from the product of Jacobians, shaped like W_l.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="l"/> is not between 1 and L.</exception>
    public Matrix<double> WeightGradient(int l) => _weightGradients[CheckLayer(l) - 1];

    /// <summary>∂C/∂b_l = δ_l, from the product of Jacobians.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="l"/> is not between 1 and L.</exception>
    public Vector<double> BiasGradient(int l) => _biasGradients[CheckLayer(l) - 1];

    /// <summary>The Jacobian named <paramref name="name"/> (as in <see cref="Entries"/>, e.g. <c>\partial z_2/\partial W_2</c>).</summary>
    /// <exception cref="KeyNotFoundException">No Jacobian has that name.</exception>
    public Matrix<double> this[string name] =>
        _entries.FirstOrDefault(entry => entry.Name == name)?.Value
        ?? throw new KeyNotFoundException($"No Jacobian is named '{name}'; the names are: {string.Join(", ", _entries.Select(entry => entry.Name))}.");

    /// <summary>A table of every Jacobian: its name, its formula and its shape.</summary>
    public Latex Table() => new(
        @"\begin{array}{lll} \text{Jacobian} & \text{formula} & \text{shape} \\ \hline "
        + string.Join(" ", _entries.Select(entry => $@"{entry.Name} & {entry.Formula} & {entry.Value.RowCount}\times{entry.Value.ColumnCount} \\"))
        + @" \end{array}",
        string.Join("\n", _entries.Select(entry => $"{entry.Name}: {entry.Shape}")));

    private void Add(string name, string formula, Matrix<double> value) => _entries.Add(new JacobianChainEntry(name, formula, value));

    private int CheckLayer(int l) =>
        l >= 1 && l <= LayerCount ? l : throw new ArgumentOutOfRangeException(nameof(l), l, $"Layers are numbered 1 to {LayerCount}.");
}
