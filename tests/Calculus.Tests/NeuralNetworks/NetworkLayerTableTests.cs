using Calculus.NeuralNetworks;

namespace Calculus.Tests.NeuralNetworks;

public sealed class NetworkLayerTableTests
{
    [Fact]
    public void LayerTable_HeartNetwork_HasOneRowPerLayerWithShapesAndParameterCounts()
    {
        var network = Network.Create([1, 6, 7, 2], [Activation.Tanh, Activation.ReLU, Activation.Sigmoid], 4);

        var table = network.LayerTable();

        // Layer 2: W₂ is 7×6, b₂ has 7 entries, 42 + 7 = 49 parameters.
        Assert.Contains(@"2 & 7\times6 & 7 & 49 & \text{ReLU} \\", table.Source);
        Assert.Contains(@"1 & 6\times1 & 6 & 12 & \text{tanh} \\", table.Source);
        Assert.Contains(@"3 & 2\times7 & 2 & 16 & \text{sigmoid} \\", table.Source);
        Assert.Equal(3, table.PlainText.Split('\n').Length);
        Assert.StartsWith("layer 1: W 6×1, b 6, tanh", table.PlainText);
    }
}
