using Calculus.Charts;

namespace Calculus.Tests.Charts;

public sealed class SecantChartTests
{
    [Fact]
    public void Of_SquareAtOne_SecantSlopesAreTwoPlusTheRun()
    {
        // x² from 1 to 3: rise 9 − 1 = 8 over run 2, slope 4; from 1 to 2: slope 3.
        var figure = SecantChart.Of(x => x * x, 1, [2, 1], -0.5, 3.5, "f(x) = x²");

        Assert.Equal(3, figure.Data.Count);
        Assert.Equal("f(x) = x²", ((Scatter)figure.Data[0]).Name);
        var first = (Scatter)figure.Data[1];
        Assert.Equal("secant from 1 to 3, slope 4", first.Name);
        Assert.Equal([-0.5, 1, 3, 3.5], first.X);
        Assert.Equal([-5, 1, 9, 11], first.Y); // 1 + 4(t − 1)
        Assert.Equal("secant from 1 to 2, slope 3", ((Scatter)figure.Data[2]).Name);
        Assert.NotEqual(first.Line!.Color, ((Scatter)figure.Data[2]).Line!.Color);
    }

    [Fact]
    public void Of_ZeroRun_Throws()
    {
        Assert.Throws<ArgumentException>(() => SecantChart.Of(x => x, 0, [0], -1, 1));
    }
}
