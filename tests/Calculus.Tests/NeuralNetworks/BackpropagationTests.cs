using Calculus.FiniteDifferences;
using Calculus.NeuralNetworks;
using MathNet.Numerics.LinearAlgebra;

namespace Calculus.Tests.NeuralNetworks;

public sealed class BackpropagationTests
{
    // A central difference of a cost C of about 0.1 at h ≈ 6e-6 is off by about ε·C/2h ≈ 2e-12 from round-off, and
    // truncation (h²/6 times a third derivative) is smaller still. Relative to a gradient g that is 2e-12/|g|:
    // about 2e-9 for |g| ~ 1e-3, but up to 6e-7 for the smallest gradient here (3.5e-6, in the sigmoid heart network, where
    // the worst measured is 2.9e-7). The bar 1e-6 sits above that; a wrong formula gives errors near 1.
    private const double RelativeTolerance = 1e-6;

    // Parameters nudged and put back must be bit for bit what they were.
    private const double Exactly = 0;

    /// <summary>A 3-5-4-4-2 network: tanh, sigmoid and ReLU hidden layers and an identity output, random weights and biases.</summary>
    private static Network MixedNetwork()
    {
        var random = new Random(7);
        var layers = new List<Layer>();
        var sizes = new[] { 3, 5, 4, 4, 2 };
        var activations = new[] { Activation.Tanh, Activation.Sigmoid, Activation.ReLU, Activation.Identity };
        for (var l = 1; l < sizes.Length; l++)
        {
            var weights = Matrix<double>.Build.Dense(sizes[l], sizes[l - 1], (_, _) => (2 * random.NextDouble()) - 1);
            var biases = Vector<double>.Build.Dense(sizes[l], _ => (2 * random.NextDouble()) - 1);
            layers.Add(new Layer(weights, biases, activations[l - 1]));
        }

        return new Network(layers);
    }

    private static (Matrix<double> Inputs, Matrix<double> Targets) RandomData(int samples, int inputs, int outputs, int seed)
    {
        var random = new Random(seed);
        return (
            Matrix<double>.Build.Dense(inputs, samples, (_, _) => (4 * random.NextDouble()) - 2),
            Matrix<double>.Build.Dense(outputs, samples, (_, _) => random.NextDouble()));
    }

    [Fact]
    public void GradientCheck_MixedActivations_AgreesWithBackpropagation()
    {
        var network = MixedNetwork();
        var (inputs, targets) = RandomData(samples: 7, inputs: 3, outputs: 2, seed: 11);

        var check = GradientCheck.Run(network, inputs, targets);

        Assert.Equal(network.ParameterCount, check.Entries.Count);
        Assert.True(check.MaxRelativeError < RelativeTolerance, check.ToString());
    }

    [Theory]
    [InlineData("sigmoid")]
    [InlineData("tanh")]
    public void GradientCheck_HeartCurveNetwork_AgreesWithBackpropagation(string activation)
    {
        var network = Network.Create([1, 6, 7, 2], activation == "sigmoid" ? Activation.Sigmoid : Activation.Tanh, seed: 3);
        var (inputs, targets) = HeartCurve.TrainingData(20);

        var check = GradientCheck.Run(network, inputs, targets);

        Assert.True(check.MaxRelativeError < RelativeTolerance, check.ToString());
    }

    [Fact]
    public void Compute_EveryWeightAndBias_MatchesTheLibrarysCentralDifference()
    {
        // Independent of GradientCheck: week 1's FiniteDifference.Derivative of the cost as a function of one parameter.
        var network = MixedNetwork();
        var (inputs, targets) = RandomData(samples: 5, inputs: 3, outputs: 2, seed: 5);

        var gradient = Backpropagation.Compute(network, inputs, targets);

        for (var l = 1; l <= network.Layers.Count; l++)
        {
            var layer = network.Layers[l - 1];
            for (var i = 0; i < layer.OutputSize; i++)
            {
                for (var j = 0; j < layer.InputSize; j++)
                {
                    var (row, column, original) = (i, j, layer.Weights[i, j]);
                    var numerical = FiniteDifference.Derivative(w => CostWith(network, inputs, targets, () => layer.Weights[row, column] = w), original);
                    layer.Weights[i, j] = original;
                    AssertClose(numerical, gradient.Weights(l)[i, j], $"W{l}[{i}, {j}]");
                }

                var (neuron, originalBias) = (i, layer.Biases[i]);
                var numericalBias = FiniteDifference.Derivative(b => CostWith(network, inputs, targets, () => layer.Biases[neuron] = b), originalBias);
                layer.Biases[i] = originalBias;
                AssertClose(numericalBias, gradient.Biases(l)[i], $"b{l}[{i}]");
            }
        }
    }

    [Fact]
    public void GradientCheck_AfterNudgingEveryParameter_LeavesTheNetworkAsItWas()
    {
        var network = MixedNetwork();
        var before = network.Clone();
        var (inputs, targets) = RandomData(samples: 4, inputs: 3, outputs: 2, seed: 2);

        GradientCheck.Run(network, inputs, targets);

        for (var l = 0; l < network.Layers.Count; l++)
        {
            Assert.Equal(Exactly, (network.Layers[l].Weights - before.Layers[l].Weights).InfinityNorm());
            Assert.Equal(Exactly, (network.Layers[l].Biases - before.Layers[l].Biases).InfinityNorm());
        }
    }

    [Fact]
    public void GradientCheck_Entries_NameEachParameterAsInTheCourse()
    {
        var network = Network.Create([2, 3, 1], Activation.Sigmoid, seed: 1);
        var (inputs, targets) = RandomData(samples: 3, inputs: 2, outputs: 1, seed: 1);

        var check = GradientCheck.Run(network, inputs, targets);

        // Layer 1: W₁ is 3×2 (6 weights) then b₁ (3); layer 2: W₂ is 1×3, then b₂.
        Assert.Equal(["W1[0, 0]", "W1[0, 1]", "W1[1, 0]"], check.Entries.Take(3).Select(e => e.Name));
        Assert.Equal("b1[0]", check.Entries[6].Name);
        Assert.Equal("b2[0]", check.Entries[^1].Name);
    }

    [Theory]
    [InlineData(0.0, 0.0, 0.0)]
    [InlineData(1.0, 1.0, 0.0)]
    [InlineData(1.0, 0.5, 0.5)]
    [InlineData(-1.0, 1.0, 2.0)]
    [InlineData(0.0, 1e-3, 1.0)]
    public void RelativeError_Cases_AreTheFormula(double a, double b, double expected)
    {
        Assert.Equal(expected, GradientCheck.RelativeError(a, b));
    }

    [Fact]
    public void Run_ReusedForAnotherBatch_OverwritesTheGradient()
    {
        var network = MixedNetwork();
        var (inputs1, targets1) = RandomData(samples: 4, inputs: 3, outputs: 2, seed: 1);
        var (inputs2, targets2) = RandomData(samples: 4, inputs: 3, outputs: 2, seed: 2);
        var backpropagation = new Backpropagation(network, 4);

        backpropagation.Run(inputs1, targets1);
        backpropagation.Run(inputs2, targets2);

        var fresh = Backpropagation.Compute(network, inputs2, targets2);
        for (var l = 1; l <= network.Layers.Count; l++)
        {
            Assert.Equal(Exactly, (backpropagation.Gradient.Weights(l) - fresh.Weights(l)).InfinityNorm());
            Assert.Equal(Exactly, (backpropagation.Gradient.Biases(l) - fresh.Biases(l)).InfinityNorm());
        }
    }

    private static double CostWith(Network network, Matrix<double> inputs, Matrix<double> targets, Action set)
    {
        set();
        return Cost.MeanSquaredError(network.Predict(inputs), targets);
    }

    private static void AssertClose(double numerical, double backpropagation, string name)
    {
        var error = GradientCheck.RelativeError(backpropagation, numerical);
        Assert.True(error < RelativeTolerance, $"{name}: backprop {backpropagation}, central difference {numerical}, relative error {error:E1}");
    }
}
