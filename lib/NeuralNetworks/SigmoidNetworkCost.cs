using MathNet.Numerics.LinearAlgebra;
using static Calculus.Elementary;

namespace Calculus.NeuralNetworks;

/// <summary>
/// The cost C(θ) = (1/2N) Σₙ ‖a_L⁽ⁿ⁾ − y⁽ⁿ⁾‖² of a network of sigmoid layers, written as an ordinary function of its
/// parameters θ over <see cref="IScalar{TSelf}"/>, so that it runs on plain numbers, dual numbers (forward mode) and
/// tape variables (reverse mode). θ is in the library's order (<see cref="ParameterVector"/>).
/// </summary>
public static class SigmoidNetworkCost
{
    /// <summary>C(θ) for layer sizes n₀, n₁, …, n_L: a₀ = x, a_l = σ(W_l a_{l−1} + b_l), C = (1/2N) Σ ‖a_L − y‖².</summary>
    /// <param name="sizes">n₀ (the inputs), then the size of each layer, e.g. [1, 6, 7, 2].</param>
    /// <param name="parameters">θ: W₁ row by row, b₁, W₂ row by row, b₂, …</param>
    /// <param name="inputs">The inputs, one sample per column (n₀ × N).</param>
    /// <param name="targets">The targets, one sample per column (n_L × N).</param>
    /// <exception cref="ArgumentException">The sizes, parameters, inputs and targets do not fit together.</exception>
    public static T Of<T>(IReadOnlyList<int> sizes, IReadOnlyList<T> parameters, Matrix<double> inputs, Matrix<double> targets)
        where T : IScalar<T>
    {
        ArgumentNullException.ThrowIfNull(sizes);
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(targets);
        CheckShapes(sizes, parameters.Count, inputs, targets);

        var cost = T.Constant(0);
        for (var n = 0; n < inputs.ColumnCount; n++)
        {
            var a = Enumerable.Range(0, sizes[0]).Select(j => T.Constant(inputs[j, n])).ToArray();   // a₀ = x
            var k = 0;                                                                              // the next parameter
            for (var l = 1; l < sizes.Count; l++)
            {
                var z = new T[sizes[l]];
                for (var i = 0; i < sizes[l]; i++)
                {
                    z[i] = T.Constant(0);
                    for (var j = 0; j < sizes[l - 1]; j++)
                    {
                        z[i] += parameters[k++] * a[j];                                             // W_l[i, j] a_{l−1}[j]
                    }
                }

                for (var i = 0; i < sizes[l]; i++)
                {
                    z[i] = Sigmoid(z[i] + parameters[k++]);                                         // a_l = σ(z_l + b_l)
                }

                a = z;
            }

            for (var i = 0; i < a.Length; i++)
            {
                cost += Square(a[i] - targets[i, n]);
            }
        }

        return cost / (2.0 * inputs.ColumnCount);
    }

    /// <summary>P = Σ_l (n_l·n_{l−1} + n_l), the number of weights and biases of a network with these sizes.</summary>
    /// <exception cref="ArgumentException">There are fewer than two sizes, or a size is less than 1.</exception>
    public static int ParameterCount(IReadOnlyList<int> sizes)
    {
        ArgumentNullException.ThrowIfNull(sizes);
        if (sizes.Count < 2 || sizes.Any(size => size < 1))
        {
            throw new ArgumentException($"Expected at least two sizes, each at least 1, such as [1, 6, 7, 2]; got [{string.Join(", ", sizes)}].", nameof(sizes));
        }

        return Enumerable.Range(1, sizes.Count - 1).Sum(l => (sizes[l] * sizes[l - 1]) + sizes[l]);
    }

    private static void CheckShapes(IReadOnlyList<int> sizes, int parameterCount, Matrix<double> inputs, Matrix<double> targets)
    {
        var expected = ParameterCount(sizes);
        if (parameterCount != expected)
        {
            throw new ArgumentException($"A [{string.Join(", ", sizes)}] network has {expected} parameters; got {parameterCount}.", "parameters");
        }

        if (inputs.RowCount != sizes[0] || targets.RowCount != sizes[^1] || inputs.ColumnCount != targets.ColumnCount || inputs.ColumnCount == 0)
        {
            throw new ArgumentException(
                $"Expected inputs {sizes[0]}×N and targets {sizes[^1]}×N with N ≥ 1; got {inputs.RowCount}×{inputs.ColumnCount} and {targets.RowCount}×{targets.ColumnCount}.",
                nameof(inputs));
        }
    }
}
