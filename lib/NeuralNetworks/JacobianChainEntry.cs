using MathNet.Numerics.LinearAlgebra;

namespace Calculus.NeuralNetworks;

/// <summary>One Jacobian of a <see cref="JacobianChain"/>: its name and formula in LaTeX, and the matrix itself.</summary>
/// <param name="Name">What it is the derivative of, e.g. <c>\partial a_3/\partial z_3</c>.</param>
/// <param name="Formula">How it is built, e.g. <c>\operatorname{diag}\sigma'(z_3)</c>.</param>
/// <param name="Value">The matrix.</param>
public sealed record JacobianChainEntry(string Name, string Formula, Matrix<double> Value)
{
    /// <summary>"7×42": rows × columns.</summary>
    public string Shape => $"{Value.RowCount}×{Value.ColumnCount}";
}
