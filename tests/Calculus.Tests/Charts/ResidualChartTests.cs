using Calculus.Charts;
using Calculus.Regression;

namespace Calculus.Tests.Charts;

public sealed class ResidualChartTests
{
    private static Measurements ThreePoints => new([0.0, 1.0, 2.0], [1.0, 3.0, 4.0], [0.5, 0.5, 2.0]);

    [Fact]
    public void Of_OneLine_ZeroLineBandThenResidualsInUnitsOfSigma()
    {
        var chart = ResidualChart.Of(ThreePoints, [new FitCurve("y = 1 + 2x", x => 1 + (2 * x), "seagreen")], "residuals");

        Assert.Equal(3, chart.Data.Count);
        var zero = Assert.IsType<Scatter>(chart.Data[0]);
        Assert.Equal([0.0, 2.0], zero.X);
        Assert.Equal([0.0, 0.0], zero.Y);
        var band = Assert.IsType<Scatter>(chart.Data[1]);
        Assert.Equal(1.0, band.Y[0]);
        Assert.True(double.IsNaN(band.Y[2]));
        Assert.Equal(-1.0, band.Y[^1]);
        var residuals = Assert.IsType<Scatter>(chart.Data[2]);
        Assert.Equal("lines+markers", residuals.Mode);
        Assert.Equal([0.0, 1.0, 2.0], residuals.X);
        // (1 − 1)/0.5 = 0, (3 − 3)/0.5 = 0, (4 − 5)/2 = −0.5
        Assert.Equal([0.0, 0.0, -0.5], residuals.Y);
        Assert.Equal("(y − f(x))/σ", chart.Layout.YAxis!.Title!.Text);
    }

    [Fact]
    public void Of_TwoFits_OneResidualTraceEach()
    {
        var chart = ResidualChart.Of(ThreePoints, [new FitCurve("flat", _ => 2, "grey"), new FitCurve("steep", x => 3 * x, "crimson", "dash")], xTitle: "height (cm)");

        Assert.Equal(4, chart.Data.Count);
        Assert.Equal([-2.0, 2.0, 1.0], ((Scatter)chart.Data[2]).Y);
        var steep = (Scatter)chart.Data[3];
        Assert.Equal([2.0, 0.0, -1.0], steep.Y);
        Assert.Equal("dash", steep.Line!.Dash);
        Assert.Equal("height (cm)", chart.Layout.XAxis!.Title!.Text);
    }

    [Fact]
    public void Of_NoFits_Throws() =>
        Assert.Throws<ArgumentException>(() => ResidualChart.Of(ThreePoints, []));

    [Fact]
    public void Of_ModelNotFinite_ThrowsNamingTheFit()
    {
        var error = Assert.Throws<ArgumentException>(() => ResidualChart.Of(ThreePoints, [new FitCurve("1/x", x => 1 / x, "grey")]));
        Assert.Contains("1/x", error.Message, StringComparison.Ordinal);
    }
}
