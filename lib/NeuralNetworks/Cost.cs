using MathNet.Numerics.LinearAlgebra;

namespace Calculus.NeuralNetworks;

/// <summary>
/// The cost that training makes small: the mean squared error C = (1/2N) Σₙ ‖aₙ − yₙ‖² between the network's
/// outputs aₙ and the targets yₙ over the N samples (columns). The mean makes C, and so a good learning rate, the same
/// for any number of samples; the ½ cancels the 2 that comes down when the square is differentiated.
/// </summary>
public static class Cost
{
    /// <summary>C = (1/2N) Σₙ ‖aₙ − yₙ‖², summed over the N columns of <paramref name="outputs"/> and <paramref name="targets"/>.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The two matrices differ in shape, or have no columns.</exception>
    public static double MeanSquaredError(Matrix<double> outputs, Matrix<double> targets)
    {
        CheckShapes(outputs, targets);
        return MeanSquaredError(InPlace.Dense(outputs), InPlace.Dense(targets), Matrix<double>.Build.Dense(outputs.RowCount, outputs.ColumnCount));
    }

    /// <summary>∂C/∂a = (a − y)/N, the gradient of the mean squared error with respect to every output, shaped like the outputs.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The two matrices differ in shape, or have no columns.</exception>
    public static Matrix<double> MeanSquaredErrorGradient(Matrix<double> outputs, Matrix<double> targets)
    {
        CheckShapes(outputs, targets);
        var gradient = Matrix<double>.Build.Dense(outputs.RowCount, outputs.ColumnCount);
        MeanSquaredError(InPlace.Dense(outputs), InPlace.Dense(targets), gradient);
        return gradient;
    }

    /// <summary>C = (1/2N) Σ ‖a − y‖², writing ∂C/∂a = (a − y)/N into <paramref name="gradient"/>; dense matrices of one shape.</summary>
    internal static double MeanSquaredError(Matrix<double> outputs, Matrix<double> targets, Matrix<double> gradient)
    {
        var n = outputs.ColumnCount;
        outputs.Subtract(targets, gradient);                   // a − y
        var sumOfSquares = 0.0;
        foreach (var difference in InPlace.Values(gradient))
        {
            sumOfSquares += difference * difference;          // Σₙ ‖aₙ − yₙ‖²
        }

        gradient.Multiply(1.0 / n, gradient);                   // ∂C/∂a = (a − y)/N
        return sumOfSquares / (2.0 * n);
    }

    private static void CheckShapes(Matrix<double> outputs, Matrix<double> targets)
    {
        ArgumentNullException.ThrowIfNull(outputs);
        ArgumentNullException.ThrowIfNull(targets);
        if (outputs.RowCount != targets.RowCount || outputs.ColumnCount != targets.ColumnCount)
        {
            throw new ArgumentException(
                $"outputs is {DataCheck.Shape(outputs)} but targets is {DataCheck.Shape(targets)}; they need the same shape, one sample per column.",
                nameof(targets));
        }

        if (outputs.ColumnCount == 0)
        {
            throw new ArgumentException("There are no samples (0 columns), so the mean cost is undefined.", nameof(outputs));
        }
    }
}
