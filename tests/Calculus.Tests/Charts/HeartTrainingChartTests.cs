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
}
