using Calculus.Automatic;
using Calculus.NeuralNetworks;

namespace Calculus.Tests.NeuralNetworks;

public sealed class GradientCostTests
{
    [Fact]
    public void ParameterVector_Of_NetworkAndGradientInTheSameOrderAsGradientCheck()
    {
        var (inputs, targets) = HeartCurve.TrainingData(6);
        var network = Network.Create([1, 3, 2], Activation.Sigmoid, 2);

        var theta = ParameterVector.Of(network);
        var gradient = ParameterVector.Of(Backpropagation.Compute(network, inputs, targets));
        var check = GradientCheck.Run(network, inputs, targets);

        Assert.Equal(14, theta.Length);
        Assert.Equal(network.Layers[0].Biases[0], theta[3]);            // W₁ is 3×1, so b₁ starts at 3
        Assert.Equal(network.Layers[1].Weights[1, 0], theta[9]);        // W₂ row 1 starts at 6 + 3
        Assert.Equal(check.Entries.Select(e => e.Backpropagation), gradient);
    }

    [Fact]
    public void SigmoidNetworkCost_Of_EqualsTheLibraryCostAndItsGradientBackpropagation()
    {
        var (inputs, targets) = HeartCurve.TrainingData(6);
        int[] sizes = [1, 3, 2];
        var network = Network.Create(sizes, Activation.Sigmoid, 2);
        var theta = ParameterVector.Of(network);

        var cost = SigmoidNetworkCost.Of(sizes, theta.Select(v => new Real(v)).ToArray(), inputs, targets).Value;
        var byDuals = ForwardMode.Gradient(p => SigmoidNetworkCost.Of(sizes, p, inputs, targets), theta);

        Assert.Equal(Cost.MeanSquaredError(network.Predict(inputs), targets), cost, 15);
        Assert.Equal(ParameterVector.Of(Backpropagation.Compute(network, inputs, targets)), byDuals.ToArray(), new ToleranceComparer(1e-14));
        Assert.Equal(14, SigmoidNetworkCost.ParameterCount(sizes));
        Assert.Throws<ArgumentException>(() => SigmoidNetworkCost.Of(sizes, new Real[3], inputs, targets));
    }

    [Fact]
    public void Measure_TwoNetworks_CountsPPassesOnePassAnd2PEvaluations()
    {
        var (inputs, targets) = HeartCurve.TrainingData(4);

        var rows = GradientCost.Measure([[1, 2, 2], [1, 3, 2]], inputs, targets);

        Assert.Equal(["1-2-2", "1-3-2"], rows.Select(r => r.Name));
        Assert.Equal([10, 14], rows.Select(r => r.ParameterCount));
        Assert.All(rows, r =>
        {
            Assert.Equal(r.ParameterCount, r.ForwardPasses);
            Assert.Equal(1, r.ReversePasses);
            Assert.Equal(2 * r.ParameterCount, r.DifferenceEvaluations);
            Assert.True(r.Disagreement < 1e-14);
            Assert.True(r.ForwardMilliseconds >= 0 && r.BackpropagationMilliseconds >= 0);
        });
    }
}
