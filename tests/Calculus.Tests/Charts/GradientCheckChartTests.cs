using Calculus.Charts;
using Calculus.NeuralNetworks;

namespace Calculus.Tests.Charts;

public sealed class GradientCheckChartTests
{
    [Fact]
    public void Of_TwoChecks_DrawsOneMarkerPerParameterOnALogAxis()
    {
        var (inputs, targets) = HeartCurve.TrainingData(5);
        var network = Network.Create([1, 3, 2], Activation.Sigmoid, seed: 1);
        var check = GradientCheck.Run(network, inputs, targets);
        var wrong = new Activation("wrong", Activation.Sigmoid.Value, Activation.Sigmoid.Value);
        var broken = GradientCheck.Run(
            new Network(network.Layers.Select(l => new Layer(l.Weights, l.Biases, wrong)).ToList()), inputs, targets);

        var figure = GradientCheckChart.Of(("correct", check), ("broken", broken));

        Assert.Equal(2, figure.Data.Count);
        Assert.Equal("log", figure.Layout.YAxis!.Type);
        var correct = Assert.IsType<Scatter>(figure.Data[0]);
        Assert.Equal("markers", correct.Mode);
        Assert.Equal(network.ParameterCount, correct.X.Length);     // 3 + 3 + 6 + 2 = 14
        Assert.Equal(14, correct.Y.Length);
        Assert.Equal(check.Entries[5].RelativeError, correct.Y[5]);
        Assert.StartsWith("W1[0, 0]", correct.HoverText![0]);
        Assert.True(((Scatter)figure.Data[1]).Y.Max() > 1e3 * correct.Y.Max());
    }

    [Fact]
    public void Of_NoChecks_Throws() => Assert.Throws<ArgumentException>(() => GradientCheckChart.Of());
}
