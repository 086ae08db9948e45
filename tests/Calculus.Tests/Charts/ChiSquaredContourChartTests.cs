using Calculus.Charts;
using Calculus.Regression;

namespace Calculus.Tests.Charts;

public sealed class ChiSquaredContourChartTests
{
    // Points on y = 1 + 2x exactly, so that χ²(a, b) has its minimum 0 at (1, 2).
    private static Measurements OnALine => new([0.0, 1.0, 2.0, 3.0], [1.0, 3.0, 5.0, 7.0], [1.0, 1.0, 1.0, 1.0]);

    [Fact]
    public void Of_LineFit_LogChiContoursUnderTheFitsPath()
    {
        var model = ParametricModel.Line();
        var fit = SteepestDescent.Fit(OnALine, model, [0.0, 0.0], maxIterations: 50);

        var chart = ChiSquaredContourChart.Of(OnALine, model, fit, (-1, 3), (0, 4), "χ²", "a", "b");

        Assert.Equal(2, chart.Data.Count);
        var contours = Assert.IsType<Contour>(chart.Data[0]);
        Assert.Equal("log₁₀ χ²", contours.Name);
        // At (a, b) = (0, 0) every residual is y itself: χ² = 1 + 9 + 25 + 49 = 84.
        var (i, j) = (Array.IndexOf(contours.Y, contours.Y.MinBy(y => Math.Abs(y))), Array.IndexOf(contours.X, contours.X.MinBy(x => Math.Abs(x))));
        Assert.Equal(Math.Log10(84), contours.Z[i][j], 1);
        var path = Assert.IsType<Scatter>(chart.Data[1]);
        Assert.Equal(fit.Path.Count, path.X.Length);
        Assert.Equal((0.0, 0.0), (path.X[0], path.Y[0]));
        Assert.Equal("a", chart.Layout.XAxis!.Title!.Text);
        Assert.Equal("b", chart.Layout.YAxis!.Title!.Text);
    }

    [Fact]
    public void Of_ThreeParameterModel_Throws()
    {
        var gaussian = ParametricModel.Gaussian();
        var data = new Measurements([1.0, 2.0, 3.0, 4.0], [1.0, 2.0, 1.0, 0.5]);
        var fit = LevenbergMarquardt.Fit(data, gaussian, [2.0, 2.0, 1.0]);

        var error = Assert.Throws<ArgumentException>(() => ChiSquaredContourChart.Of(data, gaussian, fit, (0, 1), (0, 1)));

        Assert.Contains("2 parameters", error.Message);
    }
}
