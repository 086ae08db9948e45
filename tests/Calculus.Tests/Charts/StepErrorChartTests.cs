using System.Text.Json.Nodes;
using Calculus.Charts;
using Calculus.FiniteDifferences;

namespace Calculus.Tests.Charts;

public sealed class StepErrorChartTests
{
    [Fact]
    public void Of_StepErrorCurves_OneMarkedLinePerCurveOnLogLogAxes()
    {
        var steps = FiniteDifference.LogSpacedSteps(-1, -4, perDecade: 1);
        var forward = FiniteDifference.ErrorAgainstStep(Math.Sin, 1.0, Math.Cos(1.0), steps, DifferenceScheme.Forward);
        var central = FiniteDifference.ErrorAgainstStep(Math.Sin, 1.0, Math.Cos(1.0), steps, DifferenceScheme.Central);

        var figure = StepErrorChart.Of("errors", [("forward", forward), ("central", central)]);

        Assert.Equal(2, figure.Data.Count);
        var first = Assert.IsType<Scatter>(figure.Data[0]);
        Assert.Equal("forward", first.Name);
        Assert.Equal("lines+markers", first.Mode);
        Assert.Equal([0.1, 0.01, 1e-3, 1e-4], first.X, new ToleranceComparer(1e-15));
        Assert.Equal(forward[2].Error, first.Y[2]);
        Assert.Equal("log", figure.Layout.XAxis!.Type);
        Assert.Equal("log", figure.Layout.YAxis!.Type);
    }

    [Fact]
    public void Of_ZeroError_LeftAsAGap()
    {
        var figure = StepErrorChart.Of("errors", [("exact", (IReadOnlyList<double>)[0.1, 0.01, 0.001], (IReadOnlyList<double>)[1e-3, 0, 1e-7])]);

        var curve = (Scatter)figure.Data[0];
        Assert.True(double.IsNaN(curve.Y[1]));
        Assert.Equal(1e-7, curve.Y[2]);
        Assert.Null(JsonNode.Parse(figure.ToJson())!["data"]![0]!["y"]![1]);
    }

    [Fact]
    public void Of_Guides_SampledEvenlyInLogHBetweenTheirEnds()
    {
        // Truncation h/2 (dashed) from 10⁻⁴ to 10⁻¹, round-off 10⁻¹⁶/h (dotted) from 10⁻¹² to 10⁻⁴.
        var figure = StepErrorChart.Of(
            "errors",
            [("forward", (IReadOnlyList<double>)[0.1, 0.01], (IReadOnlyList<double>)[0.05, 0.005])],
            [new StepErrorGuide("truncation", h => h / 2, 1e-4, 0.1), new StepErrorGuide("round-off", h => 1e-16 / h, 1e-12, 1e-4, "dot")]);

        Assert.Equal(3, figure.Data.Count);
        var truncation = (Scatter)figure.Data[1];
        var roundOff = (Scatter)figure.Data[2];
        Assert.Equal(StepErrorChart.GuidePoints, truncation.X.Length);
        Assert.Equal(1e-4, truncation.X[0], 1e-16);
        Assert.Equal(0.1, truncation.X[^1], 1e-13);
        Assert.Equal(Math.Log10(truncation.X[1]) - Math.Log10(truncation.X[0]), Math.Log10(truncation.X[2]) - Math.Log10(truncation.X[1]), 12);
        Assert.Equal(0.05, truncation.Y[^1], 1e-13);
        Assert.Equal("dash", truncation.Line!.Dash);
        Assert.Equal("dot", roundOff.Line!.Dash);
        Assert.Equal(1e-12, roundOff.Y[^1], 1e-20);
    }

    [Fact]
    public void Of_NonPositiveStep_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            StepErrorChart.Of("errors", [("bad", (IReadOnlyList<double>)[0.1, 0], (IReadOnlyList<double>)[1, 1])]));

        Assert.Contains("positive", error.Message);
    }

    [Fact]
    public void Of_StepsAndErrorsDifferInNumber_Throws()
    {
        Assert.Throws<ArgumentException>(() =>
            StepErrorChart.Of("errors", [("bad", (IReadOnlyList<double>)[0.1, 0.01], (IReadOnlyList<double>)[1])]));
    }

    [Fact]
    public void Of_GuideRangeBackwards_Throws()
    {
        Assert.Throws<ArgumentException>(() =>
            StepErrorChart.Of("errors", [("ok", (IReadOnlyList<double>)[0.1], (IReadOnlyList<double>)[1])], [new StepErrorGuide("backwards", h => h, 0.1, 1e-3)]));
    }
}
