using Calculus.NeuralNetworks;
using MathNet.Numerics.LinearAlgebra;

namespace Calculus.Tests.NeuralNetworks;

public sealed class JacobianChainTests
{
    [Fact]
    public void Of_HeartNetwork_ProductOfJacobiansEqualsBackpropagation()
    {
        var (inputs, targets) = HeartCurve.TrainingData(100);
        var network = Network.Create([1, 6, 7, 2], Activation.Sigmoid, 4);
        var (x, y) = (inputs.SubMatrix(0, 1, 10, 1), targets.SubMatrix(0, 2, 10, 1));

        var chain = JacobianChain.Of(network, x, y);
        var gradient = Backpropagation.Compute(network, x, y);

        for (var l = 1; l <= 3; l++)
        {
            Assert.True((chain.WeightGradient(l) - gradient.Weights(l)).InfinityNorm() < 1e-14);
            Assert.True((chain.BiasGradient(l) - gradient.Biases(l)).InfinityNorm() < 1e-14);
        }

        Assert.Equal("7×42", chain.Entries.Single(e => e.Name == @"\partial z_2/\partial W_2").Shape);
        Assert.Equal(42, chain[@"\partial z_2/\partial W_2"].Enumerate().Count(v => v != 0));
        Assert.Contains(@"\hline", chain.Table().Source);
    }

    [Fact]
    public void Of_OneLinearNeuron_MatchesTheHandWorkedGradient()
    {
        // a = z = w x + b with w = 2, b = 1, x = 3, y = 5: C = ½(7 − 5)², ∂C/∂w = (a − y) x = 6, ∂C/∂b = 2.
        var network = new Network([new Layer(Matrix<double>.Build.Dense(1, 1, 2), Vector<double>.Build.Dense(1, 1), Activation.Identity)]);

        var chain = JacobianChain.Of(network, Matrix<double>.Build.Dense(1, 1, 3), Matrix<double>.Build.Dense(1, 1, 5));

        Assert.Equal(6, chain.WeightGradient(1)[0, 0], 12);
        Assert.Equal(2, chain.BiasGradient(1)[0], 12);
        Assert.Throws<ArgumentOutOfRangeException>(() => chain.WeightGradient(2));
        Assert.Throws<KeyNotFoundException>(() => chain["nothing"]);
    }
}
