using MathNet.Numerics.LinearAlgebra;

namespace Calculus.NeuralNetworks;

/// <summary>The checks on a network's data, each saying what was wrong and where. Samples are columns throughout.</summary>
internal static class DataCheck
{
    /// <summary>Throws unless <paramref name="inputs"/> has one row per network input and at least one column.</summary>
    public static void Inputs(Network network, Matrix<double> inputs, string name)
    {
        ArgumentNullException.ThrowIfNull(inputs, name);
        if (inputs.RowCount != network.InputSize)
        {
            throw new ArgumentException(
                $"{name} is {Shape(inputs)} but the network takes {Count(network.InputSize, "input")} per sample; "
                + $"give one sample per column, a {network.InputSize}×N matrix.",
                name);
        }

        if (inputs.ColumnCount == 0)
        {
            throw new ArgumentException($"{name} has no samples (0 columns); give at least one sample as a column.", name);
        }
    }

    /// <summary>Throws unless inputs and targets fit the network and each other: n₀×N and n_L×N with N ≥ 1.</summary>
    public static void Batch(Network network, Matrix<double> inputs, Matrix<double> targets, string inputsName, string targetsName)
    {
        Inputs(network, inputs, inputsName);
        ArgumentNullException.ThrowIfNull(targets, targetsName);
        if (targets.RowCount != network.OutputSize)
        {
            throw new ArgumentException(
                $"{targetsName} is {Shape(targets)} but the network gives {Count(network.OutputSize, "output")} per sample; "
                + $"give one target per column, a {network.OutputSize}×N matrix.",
                targetsName);
        }

        if (targets.ColumnCount != inputs.ColumnCount)
        {
            throw new ArgumentException(
                $"{targetsName} has {Count(targets.ColumnCount, "sample")} (columns) but {inputsName} has {inputs.ColumnCount}; "
                + "each input column needs the target column in the same place.",
                targetsName);
        }
    }

    /// <summary>Throws unless every entry is a finite number, naming the first that is not.</summary>
    public static void Finite(Matrix<double> matrix, string name)
    {
        for (var j = 0; j < matrix.ColumnCount; j++)
        {
            for (var i = 0; i < matrix.RowCount; i++)
            {
                if (!double.IsFinite(matrix[i, j]))
                {
                    throw new ArgumentException($"{name}[{i}, {j}] is {Check.Describe(matrix[i, j])}; every entry must be a finite number.", name);
                }
            }
        }
    }

    /// <summary>Throws unless every entry is a finite number, naming the first that is not.</summary>
    public static void Finite(Vector<double> vector, string name)
    {
        for (var i = 0; i < vector.Count; i++)
        {
            if (!double.IsFinite(vector[i]))
            {
                throw new ArgumentException($"{name}[{i}] is {Check.Describe(vector[i])}; every entry must be a finite number.", name);
            }
        }
    }

    /// <summary>"2×100".</summary>
    public static string Shape(Matrix<double> matrix) => $"{matrix.RowCount}×{matrix.ColumnCount}";

    /// <summary>"1 input", "2 inputs"; the plural is the noun with an s unless given.</summary>
    public static string Count(int count, string noun, string? plural = null) => count == 1 ? $"1 {noun}" : $"{count} {plural ?? noun + "s"}";

}
