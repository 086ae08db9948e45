using Calculus.Charts;
using Calculus.Optimisation;
using MathNet.Numerics.LinearAlgebra;

namespace Calculus.Tests.Charts;

public sealed class LagrangeChartTests
{
    // f = x + y on the unit circle: a maximum √2 at (1/√2, 1/√2) and a minimum −√2 at the opposite point.
    private static LagrangeResult LineOnCircle()
    {
        var circle = new EqualityConstraint(p => (p[0] * p[0]) + (p[1] * p[1]) - 1, p => 2 * p, p => 2 * Matrix<double>.Build.DenseIdentity(2));
        return LagrangeMultipliers.FindStationaryPoints(
            p => p[0] + p[1],
            p => Vector<double>.Build.DenseOfArray([1, 1]),
            p => Matrix<double>.Build.Dense(2, 2),
            [circle],
            [[1, 1], [-1, -1]]);
    }

    private static IReadOnlyList<(double X, double Y)> Circle =>
        Enumerable.Range(0, 41).Select(k => 2 * Math.PI * k / 40).Select(t => (Math.Cos(t), Math.Sin(t))).ToList();

    [Fact]
    public void Of_LineOnCircle_ContoursConstraintThenOneMaximumAndOneMinimum()
    {
        var chart = LagrangeChart.Of((x, y) => x + y, LineOnCircle(), Circle, (-1.5, 1.5), (-1.5, 1.5), constraintName: "x² + y² = 1");

        Assert.Equal(4, chart.Data.Count);
        Assert.False(Assert.IsType<Contour>(chart.Data[0]).ShowScale);
        var constraint = Assert.IsType<Scatter>(chart.Data[1]);
        Assert.Equal("x² + y² = 1", constraint.Name);
        Assert.Equal(41, constraint.X.Length);
        var maxima = Assert.IsType<Scatter>(chart.Data[2]);
        Assert.Equal("triangle-up", maxima.Marker!.Symbol);
        Assert.Equal(Math.Sqrt(0.5), Assert.Single(maxima.X), 8);
        var minima = Assert.IsType<Scatter>(chart.Data[3]);
        Assert.Equal("triangle-down", minima.Marker!.Symbol);
        Assert.Equal(-Math.Sqrt(0.5), Assert.Single(minima.Y), 8);
        // λ = 1/(2·(1/√2)) = 1/√2 at the maximum.
        Assert.Contains("λ = 0.707", Assert.Single(maxima.HoverText!));
    }

    [Fact]
    public void WithLevelCurveAndGradients_AddADashedCurveAndTwoArrowsFromThePoint()
    {
        var chart = LagrangeChart.Of((x, y) => x + y, LineOnCircle(), Circle, (-1.5, 1.5), (-1.5, 1.5));
        var at = Vector<double>.Build.DenseOfArray([0.6, 0.8]);

        LagrangeChart.WithLevelCurve(chart, "x + y = 1.4", [(0.0, 1.4), (double.NaN, double.NaN), (1.4, 0.0)]);
        LagrangeChart.WithGradients(chart, at, Vector<double>.Build.DenseOfArray([1, 1]), 2 * at, scale: 0.5);

        var level = Assert.IsType<Scatter>(chart.Data[^1]);
        Assert.Equal("dash", level.Line!.Dash);
        Assert.True(double.IsNaN(level.X[1]));
        var arrows = chart.Layout.Annotations!.Where(a => a.ShowArrow).ToList();
        Assert.Equal(2, arrows.Count);
        Assert.All(arrows, a => Assert.Equal((0.6, 0.8), (a.AX, a.AY)));
        Assert.Contains(arrows, a => a.ArrowColor == "red" && Math.Abs(a.X - 1.1) < 1e-12 && Math.Abs(a.Y - 1.3) < 1e-12);
        Assert.Contains(arrows, a => a.ArrowColor == "white" && Math.Abs(a.X - 1.2) < 1e-12 && Math.Abs(a.Y - 1.6) < 1e-12);
    }

    [Fact]
    public void WithGradients_AThreeComponentVector_Throws()
    {
        var chart = LagrangeChart.Of((x, y) => x + y, LineOnCircle(), Circle, (-1.5, 1.5), (-1.5, 1.5));
        var two = Vector<double>.Build.Dense(2);

        Assert.Throws<ArgumentException>(() => LagrangeChart.WithGradients(chart, two, Vector<double>.Build.Dense(3), two));
    }
}
