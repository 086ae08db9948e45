using Calculus.Charts;
using Calculus.NeuralNetworks;

namespace Calculus.Tests.Charts;

public sealed class ActivationChartTests
{
    [Fact]
    public void Of_SigmoidAndTanh_DrawsEachSolidAndItsDerivativeDashed()
    {
        var figure = ActivationChart.Of([("σ", Activation.Sigmoid), ("tanh", Activation.Tanh)], -6, 6);

        Assert.Equal(4, figure.Data.Count);
        var sigmoid = (Scatter)figure.Data[0];
        var slope = (Scatter)figure.Data[1];
        Assert.Equal("σ′(z)", slope.Name);
        Assert.Null(sigmoid.Line!.Dash);
        Assert.Equal("dash", slope.Line!.Dash);
        Assert.Equal(sigmoid.Line.Color, slope.Line.Color);
        Assert.Equal(-6, sigmoid.X[0]);
        Assert.Equal(1 / (1 + Math.Exp(6)), sigmoid.Y[0], 12);
        Assert.InRange(slope.Y.Max(), 0.249, 0.25);                  // σ′ peaks at ¼ at z = 0, between grid points
        Assert.InRange(((Scatter)figure.Data[3]).Y.Max(), 0.99, 1); // tanh′ peaks at 1
    }
}
