using MathNet.Numerics.LinearAlgebra;
using Calculus.FiniteDifferences;

namespace Calculus.NeuralNetworks;

/// <summary>
/// Backpropagation checked against central differences of the cost, one weight or bias θ at a time:
/// ∂C/∂θ ≈ (C(θ + h) − C(θ − h))/2h. If backpropagation is right, the two agree to a relative error of about 1e-8
/// or better (the central difference's own error); a mistake in a formula shows as an error near 1.
/// </summary>
public sealed class GradientCheck
{
    private GradientCheck(IReadOnlyList<GradientCheckEntry> entries)
    {
        Entries = entries;
        Worst = entries.MaxBy(entry => entry.RelativeError)!;
    }

    /// <summary>Every weight and bias, layer by layer (first W_l row by row, then b_l).</summary>
    public IReadOnlyList<GradientCheckEntry> Entries { get; }

    /// <summary>The entry with the largest relative error.</summary>
    public GradientCheckEntry Worst { get; }

    /// <summary>max |g_bp − g_fd| / max(|g_bp|, |g_fd|) over every weight and bias.</summary>
    public double MaxRelativeError => Worst.RelativeError;

    /// <summary>
    /// Gradients smaller than this are compared absolutely: a saturated unit's true gradient of 1e-14 against a
    /// difference of 0 is agreement, not a wrong formula (central differences resolve about ε^(2/3) ≈ 4e-11 of C).
    /// </summary>
    public const double AbsoluteFloor = 1e-8;

    /// <summary>|a − b| / max(|a|, |b|, floor): relative for ordinary gradients, absolute below <see cref="AbsoluteFloor"/>.</summary>
    public static double RelativeError(double a, double b) =>
        Math.Abs(a - b) / Math.Max(AbsoluteFloor, Math.Max(Math.Abs(a), Math.Abs(b)));

    /// <summary>∂C/∂θ from backpropagation against (C(θ + h) − C(θ − h))/2h, for every weight and bias θ, on inputs x and targets y.</summary>
    /// <remarks>
    /// Samples are columns. Each parameter is nudged in place and put back exactly. With no <paramref name="h"/>, each
    /// parameter gets the central difference's balanced step ε^(1/3)·max(1, |θ|) (<see cref="StepSize.Optimal"/>).
    /// </remarks>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The inputs or targets do not fit the network or each other, or there are no samples.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="h"/> is zero, negative, NaN or infinite.</exception>
    public static GradientCheck Run(Network network, Matrix<double> inputs, Matrix<double> targets, double? h = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        DataCheck.Batch(network, inputs, targets, nameof(inputs), nameof(targets));
        if (h is { } step)
        {
            Check.Step(step, nameof(h));
        }

        var x = InPlace.Dense(inputs);
        var y = InPlace.Dense(targets);
        var backpropagation = new Backpropagation(network, x.ColumnCount);
        backpropagation.RunWithoutChecks(x, y);
        var gradient = backpropagation.Gradient;

        var pass = new ForwardPass(network, x.ColumnCount);
        double CostNow()
        {
            pass.Run(x);
            return Cost.MeanSquaredError(pass.Output, y);
        }

        double CentralDifference(double[] parameters, int index)
        {
            var original = parameters[index];
            var step = h ?? StepSize.Optimal(DifferenceScheme.Central, original);
            parameters[index] = original + step;
            var costUp = CostNow();
            parameters[index] = original - step;
            var costDown = CostNow();
            parameters[index] = original;
            return (costUp - costDown) / (2 * step);
        }

        var entries = new List<GradientCheckEntry>(network.ParameterCount);
        for (var l = 1; l <= network.Layers.Count; l++)
        {
            var layer = network.Layers[l - 1];
            var weights = InPlace.Values(layer.Weights);
            for (var i = 0; i < layer.OutputSize; i++)
            {
                for (var j = 0; j < layer.InputSize; j++)
                {
                    var index = (j * layer.OutputSize) + i;   // W_l is stored column by column
                    entries.Add(new GradientCheckEntry(l, false, i, j, gradient.Weights(l)[i, j], CentralDifference(weights, index)));
                }
            }

            var biases = InPlace.Values(layer.Biases);
            for (var i = 0; i < layer.OutputSize; i++)
            {
                entries.Add(new GradientCheckEntry(l, true, i, 0, gradient.Biases(l)[i], CentralDifference(biases, i)));
            }
        }

        return new GradientCheck(entries);
    }

    /// <summary>"Worst of 47: W2[0, 3]: backprop …, relative error 1.2e-09".</summary>
    public override string ToString() => $"Worst of {Entries.Count}: {Worst}";
}
