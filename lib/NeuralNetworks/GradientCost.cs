using System.Diagnostics;
using Calculus.Automatic;
using Calculus.FiniteDifferences;
using MathNet.Numerics.LinearAlgebra;

namespace Calculus.NeuralNetworks;

/// <summary>
/// Measures, for sigmoid networks of several sizes, what one gradient of the cost costs by forward mode (P passes),
/// reverse mode (one pass and one backward sweep), central differences (2P evaluations) and backpropagation:
/// the passes each makes through <see cref="SigmoidNetworkCost"/>, and the time each takes.
/// </summary>
public static class GradientCost
{
    /// <summary>One <see cref="GradientCostMeasurement"/> per architecture, each network built by <see cref="Network.Create(IReadOnlyList{int}, Activation, int)"/> with sigmoid layers.</summary>
    /// <param name="architectures">Layer sizes, e.g. [[1, 2, 2, 2], [1, 6, 7, 2]].</param>
    /// <param name="inputs">The inputs, one sample per column.</param>
    /// <param name="targets">The targets, one sample per column.</param>
    /// <param name="seed">The seed of each network's random starting weights.</param>
    /// <exception cref="ArgumentException">An architecture does not fit the inputs and targets.</exception>
    public static IReadOnlyList<GradientCostMeasurement> Measure(IEnumerable<int[]> architectures, Matrix<double> inputs, Matrix<double> targets, int seed = 1)
    {
        ArgumentNullException.ThrowIfNull(architectures);
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(targets);
        return architectures.Select(sizes => MeasureOne(sizes, inputs, targets, seed)).ToList();
    }

    private static GradientCostMeasurement MeasureOne(int[] sizes, Matrix<double> inputs, Matrix<double> targets, int seed)
    {
        var network = Network.Create(sizes, Activation.Sigmoid, seed);
        var theta = ParameterVector.Of(network);

        // Count the passes through the cost that one gradient takes.
        var (forward, reverse, differences) = (0, 0, 0);
        var byDuals = ForwardMode.Gradient(p => { forward++; return SigmoidNetworkCost.Of(sizes, p, inputs, targets); }, theta);
        var byTape = ReverseMode.Gradient(p => { reverse++; return SigmoidNetworkCost.Of(sizes, p, inputs, targets); }, theta);
        FiniteDifference.Gradient(
            p =>
            {
                differences++;
                return SigmoidNetworkCost.Of(sizes, p.Select(value => new Real(value)).ToArray(), inputs, targets).Value;
            },
            theta);
        var byBackpropagation = ParameterVector.Of(Backpropagation.Compute(network, inputs, targets));
        var disagreement = Enumerable.Range(0, theta.Length).Max(k =>
            Math.Max(Math.Abs(byDuals[k] - byBackpropagation[k]), Math.Abs(byTape[k] - byBackpropagation[k])));

        // Time one gradient each way.
        var forwardMs = Milliseconds(() => ForwardMode.Gradient(p => SigmoidNetworkCost.Of(sizes, p, inputs, targets), theta));
        var reverseMs = Milliseconds(() => ReverseMode.Gradient(p => SigmoidNetworkCost.Of(sizes, p, inputs, targets), theta));
        var backpropagationMs = Milliseconds(() => Backpropagation.Compute(network, inputs, targets));
        return new GradientCostMeasurement(
            string.Join("-", sizes), theta.Length, forward, reverse, differences, forwardMs, reverseMs, backpropagationMs, disagreement);
    }

    // The fastest of three runs, in milliseconds, so that a pause of the machine does not count.
    private static double Milliseconds(Action run) => Enumerable.Range(0, 3).Min(_ =>
    {
        var clock = Stopwatch.StartNew();
        run();
        return clock.Elapsed.TotalMilliseconds;
    });
}
