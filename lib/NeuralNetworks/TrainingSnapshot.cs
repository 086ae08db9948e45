using MathNet.Numerics.LinearAlgebra;

namespace Calculus.NeuralNetworks;

/// <summary>The network's outputs a_L recorded after a number of training iterations, with the cost C on all the training data then.</summary>
public sealed class TrainingSnapshot
{
    internal TrainingSnapshot(int iteration, double cost, Matrix<double> outputs)
    {
        Iteration = iteration;
        Cost = cost;
        Outputs = outputs;
    }

    /// <summary>t, the number of steps taken when the snapshot was recorded (0 for the untrained network).</summary>
    public int Iteration { get; }

    /// <summary>C = (1/2N) Σₙ ‖aₙ − yₙ‖² on all the training data after <see cref="Iteration"/> steps.</summary>
    public double Cost { get; }

    /// <summary>a_L at the snapshot inputs: an n_L×M matrix, one column per input.</summary>
    public Matrix<double> Outputs { get; }

    /// <summary>Row i of a_L, output i at every snapshot input, as an array for a chart's x or y values.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="i"/> is not the index of an output.</exception>
    public double[] Output(int i)
    {
        if (i < 0 || i >= Outputs.RowCount)
        {
            throw new ArgumentOutOfRangeException(
                nameof(i),
                i,
                $"The network has {DataCheck.Count(Outputs.RowCount, "output")}, numbered from 0 to {Outputs.RowCount - 1}.");
        }

        return Outputs.Row(i).ToArray();
    }
}
