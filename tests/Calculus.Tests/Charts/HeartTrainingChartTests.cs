using Calculus.Charts;
using Calculus.NeuralNetworks;
using MathNet.Numerics.LinearAlgebra;

namespace Calculus.Tests.Charts;

public sealed class HeartTrainingChartTests
{
    private static (TrainingHistory History, Matrix<double> Targets, double[] Times) Train()
    {
        var (inputs, targets) = HeartCurve.TrainingData(20);
        double[] times = [0, 1, 2, 3];
        var trainer = new Trainer(Network.Create([1, 4, 2], Activation.Sigmoid, 1), inputs, targets,
            new TrainingOptions { LearningRate = 1, SnapshotEvery = 5, SnapshotInputs = Matrix<double>.Build.Dense(1, 4, times) });
        return (trainer.Train(10), targets, times);
    }

    [Fact]
    public void Animated_Snapshots_HasTheTargetAndOneFramePerSnapshot()
    {
        var (history, _, times) = Train();

        var figure = HeartTrainingChart.Animated(history, times);

        Assert.Equal(2, figure.Data.Count);
        Assert.Equal(HeartCurve.ScaledPoint(1).X, ((Scatter)figure.Data[0]).X[1], 12);
        Assert.Equal(history.Snapshots.Count, figure.Frames!.Count);
        Assert.Equal(history.Snapshots[^1].Output(1), ((Scatter)figure.Frames[^1].Data[0]).Y);
        Assert.Equal([1], figure.Frames[0].Traces!);
        Assert.Equal("x", figure.Layout.YAxis!.ScaleAnchor);
    }

    [Fact]
    public void Snapshots_ChosenSteps_DrawsPointsAndACurvePerStep()
    {
        var (history, targets, _) = Train();

        var figure = HeartTrainingChart.Snapshots(history, targets, [0, 10]);

        Assert.Equal(3, figure.Data.Count);
        Assert.Equal("markers", ((Scatter)figure.Data[0]).Mode);
        Assert.Equal(20, ((Scatter)figure.Data[0]).X.Length);
        Assert.StartsWith("step 10", figure.Data[2].Name);
        Assert.Throws<ArgumentException>(() => HeartTrainingChart.Snapshots(history, targets, [7]));
    }

    [Fact]
    public void Costs_TwoRuns_DrawsOneLogScaleCurvePerRunTheSecondDashed()
    {
        var (history, _, _) = Train();
        var (inputs, targets) = HeartCurve.TrainingData(20);
        var other = new Trainer(Network.Create([1, 4, 2], Activation.Sigmoid, 2), inputs, targets, new TrainingOptions { LearningRate = 1 }).Train(7);

        var figure = HeartTrainingChart.Costs("Costs", ("first", history), ("second", other));

        Assert.Equal(2, figure.Data.Count);
        var (first, second) = ((Scatter)figure.Data[0], (Scatter)figure.Data[1]);
        Assert.Equal(["first", "second"], figure.Data.Select(trace => ((Scatter)trace).Name));
        Assert.Equal(history.Costs, first.Y);
        Assert.Equal([0.0, 1, 2, 3, 4, 5, 6], second.X);
        Assert.Null(first.Line);
        Assert.Equal("dash", second.Line!.Dash);
        Assert.Equal("log", figure.Layout.YAxis!.Type);
    }

    [Fact]
    public void Costs_RunWithNoCosts_ThrowsSayingTrainItFirst()
    {
        var exception = Assert.Throws<ArgumentException>(() => HeartTrainingChart.Costs("Costs", ("untrained", new TrainingHistory())));

        Assert.Contains("train it first", exception.Message);
    }
}
