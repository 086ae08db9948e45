using Calculus.Charts;

namespace Calculus.Tests.Charts;

/// <summary>Subplot axis names as Plotly expects them: x/y for the first panel, x2/y2 and so on after it.</summary>
public sealed class SubplotGridTests
{
    [Theory]
    [InlineData(1, "x", "y")]
    [InlineData(2, "x2", "y2")]
    [InlineData(4, "x4", "y4")]
    public void Axes_Panel_NamesItsAxes(int panel, string x, string y)
    {
        Assert.Equal((x, y), SubplotGrid.Axes(panel));
    }

    [Fact]
    public void Axes_PanelZero_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SubplotGrid.Axes(0));
    }
}
