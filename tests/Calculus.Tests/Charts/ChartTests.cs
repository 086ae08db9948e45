using System.Text.Json.Nodes;
using Calculus.Charts;

namespace Calculus.Tests.Charts;

public sealed class ChartTests
{
    [Fact]
    public void FunctionAndDerivative_Sine_HasTwoTracesSampledOverTheRange()
    {
        var figure = Chart.FunctionAndDerivative(Math.Sin, Math.Cos, 0, Math.PI);

        var f = Assert.IsType<Scatter>(figure.Data[0]);
        var df = Assert.IsType<Scatter>(figure.Data[1]);
        Assert.Equal(0, f.X[0]);
        Assert.Equal(Math.PI, f.X[^1], 12);
        Assert.Equal(1.0, df.Y[0], 12);
        Assert.Equal(-1.0, df.Y[^1], 12);
    }

    [Fact]
    public void Function_WithAPole_LeavesAGapInsteadOfInfinity()
    {
        var figure = Chart.Function(x => 1 / x, -1, 1, points: 3);

        Assert.True(double.IsNaN(((Scatter)figure.Data[0]).Y[1]));
        Assert.Null(JsonNode.Parse(figure.ToJson())!["data"]![0]!["y"]![1]);
    }

    [Fact]
    public void ContoursWithGradient_Bowl_ArrowsPointUphillAwayFromTheCentre()
    {
        // f = x² + y², ∇f = (2x, 2y): every arrow points away from the origin.
        var figure = Chart.ContoursWithGradient((x, y) => (x * x) + (y * y), (x, y) => (2 * x, 2 * y), (-2, 2), (-2, 2), arrowsPerAxis: 4);

        var arrows = figure.Layout.Annotations!;
        Assert.Equal(16, arrows.Count);
        Assert.All(arrows, a => Assert.True((a.X * a.X) + (a.Y * a.Y) > (a.AX * a.AX) + (a.AY * a.AY)));
        Assert.Equal("x", figure.Layout.YAxis!.ScaleAnchor);
    }

    [Fact]
    public void PathOverContours_Animated_HasAFrameAndASliderStepPerIterate()
    {
        var path = new[] { (1.0, 1.0), (0.5, 0.4), (0.1, 0.05) };

        var figure = Chart.PathOverContours((x, y) => (x * x) + (y * y), path, (-1, 1), (-1, 1), animate: true);

        Assert.Equal(3, figure.Frames!.Count);
        Assert.Single(((Scatter)figure.Data[1]).X); // the chart starts where the slider does, at the first iterate
        Assert.Equal(3, figure.Layout.Sliders![0].Steps.Count);
        Assert.Equal(2, ((Scatter)figure.Frames[1].Data[0]).X.Length);
        Assert.Equal([1], figure.Frames[1].Traces!);
        Assert.Equal("animate", (string?)JsonNode.Parse(figure.ToJson())!["layout"]!["sliders"]![0]!["steps"]![0]!["method"]);
    }

    [Fact]
    public void SecantToTangent_Square_SecantSlopesApproachTheDerivative()
    {
        // f = x² at x₀ = 1: the secant slope over h is 2 + h; the tangent's is 2.
        var figure = Chart.SecantToTangent(x => x * x, x => 2 * x, 1, [1, 0.5, 0.1], -1, 3);

        var slopes = figure.Frames!.Select(frame => (Scatter)frame.Data[0]).Select(line => (line.Y[^1] - line.Y[0]) / (line.X[^1] - line.X[0])).ToList();
        Assert.Equal([3.0, 2.5, 2.1, 2.0], slopes, new ToleranceComparer(1e-12));
        Assert.Equal("tangent", figure.Frames![^1].Name);
    }

    [Fact]
    public void TrainingCurve_Costs_UsesALogarithmicCostAxis()
    {
        var figure = Chart.TrainingCurve([1, 0.5, 0.25]);

        Assert.Equal("log", figure.Layout.YAxis!.Type);
        Assert.Equal([0.0, 1.0, 2.0], ((Scatter)figure.Data[0]).X);
    }

    [Fact]
    public void Linspace_RangeWithEqualEnds_ThrowsSayingSo()
    {
        var error = Assert.Throws<ArgumentException>(() => Sampling.Linspace(1, 1, 10));

        Assert.Contains("two different finite ends", error.Message);
    }
}
