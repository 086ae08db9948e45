using Calculus.NeuralNetworks;
using MathNet.Numerics.LinearAlgebra;

namespace Calculus.Tests.NeuralNetworks;

public sealed class TrainerTests
{
    // The heart-curve run below (1-6-7-2 sigmoid, seed 1, η = 2, μ = 0.9, 100 samples) starts at C ≈ 0.071 and reaches
    // C ≈ 1.04e-4 after 10,000 iterations, crossing 2e-4 at iteration 7,224. A cost of 2e-4 means a root-mean-square
    // distance √(2C) = 0.02 from the target points, 2.5% of the heart's width of 0.8: the curve is clearly a heart.
    private const int HeartIterations = 10_000;
    private const double HeartCostBound = 2e-4;

    // A snapshot's cost and the recorded cost of the same iteration come from the same formula on the same numbers.
    private const double SameComputation = 1e-15;

    // An array's header (24 bytes on 64-bit .NET) with room to spare, for the one array Train allocates for its costs.
    private const long ArrayHeaderAllowance = 64;

    // The runtime itself now and then allocates on the test's thread (about 1.8 KB was seen once, on a heavily loaded
    // machine), which is not the trainer's doing. One such event is allowed; an allocation in every step is not: even
    // the smallest object, 24 bytes, in each of 1,000 steps would be 24,000 bytes, far over this.
    private const long RuntimeAllowance = 4096;

    private const int Samples = 100;

    private static Trainer HeartTrainer(TrainingOptions options, int seed = 1)
    {
        var (inputs, targets) = HeartCurve.TrainingData(Samples);
        return new Trainer(Network.Create([1, 6, 7, 2], Activation.Sigmoid, seed), inputs, targets, options);
    }

    [Fact]
    public void Train_HeartCurveWithMomentum_DrivesTheCostBelowTheBoundAndRecordsIt()
    {
        var trainer = HeartTrainer(new TrainingOptions { LearningRate = 2, Momentum = 0.9, SnapshotEvery = 1000 });
        var initialCost = trainer.Cost();

        var history = trainer.Train(HeartIterations);

        Assert.Equal(HeartIterations, history.Costs.Count);
        Assert.Equal(initialCost, history.Costs[0], SameComputation);
        Assert.True(trainer.Cost() < HeartCostBound, $"final cost {trainer.Cost():E3}");
        var crossed = history.FirstIterationBelow(HeartCostBound);
        Assert.NotNull(crossed);
        Assert.True(crossed < HeartIterations);
        Assert.True(history.Costs[^1] < history.Costs[0] / 100, "the cost should fall by more than a factor of a hundred");
    }

    [Fact]
    public void Train_WithSnapshots_RecordsEveryKIterationsAndAfterTheLast()
    {
        var trainer = HeartTrainer(new TrainingOptions { LearningRate = 2, Momentum = 0.9, SnapshotEvery = 250 });

        var history = trainer.Train(1000);

        Assert.Equal([0, 250, 500, 750, 1000], history.Snapshots.Select(s => s.Iteration));
        for (var k = 0; k < 4; k++)
        {
            // Full batches: the snapshot's cost is the recorded cost of its iteration.
            Assert.Equal(history.Costs[history.Snapshots[k].Iteration], history.Snapshots[k].Cost, SameComputation);
        }

        Assert.Equal(trainer.Cost(), history.Snapshots[^1].Cost, SameComputation);
        var last = history.Snapshots[^1];
        Assert.Equal(2, last.Outputs.RowCount);
        Assert.Equal(Samples, last.Outputs.ColumnCount);
        Assert.Equal(last.Outputs.Row(1).ToArray(), last.Output(1));
    }

    [Fact]
    public void Train_CalledTwice_ContinuesTheHistoryWithoutARepeatedSnapshot()
    {
        var trainer = HeartTrainer(new TrainingOptions { LearningRate = 1, SnapshotEvery = 100 });

        trainer.Train(100);
        trainer.Train(150);

        Assert.Equal(250, trainer.Iteration);
        Assert.Equal(250, trainer.History.Costs.Count);
        Assert.Equal([0, 100, 200, 250], trainer.History.Snapshots.Select(s => s.Iteration));
    }

    [Fact]
    public void Train_SnapshotInputs_EvaluatesTheNetworkThere()
    {
        var curve = Matrix<double>.Build.Dense(1, 400, (_, j) => 2 * Math.PI * j / 400);
        var trainer = HeartTrainer(new TrainingOptions { LearningRate = 1, SnapshotEvery = 10, SnapshotInputs = curve });

        var history = trainer.Train(10);

        Assert.Equal(400, history.Snapshots[^1].Outputs.ColumnCount);
        Assert.Equal(trainer.Network.Predict(curve), history.Snapshots[^1].Outputs);
    }

    [Theory]
    [InlineData(0.0, 0.0, 0)]
    [InlineData(0.9, 0.0, 0)]
    [InlineData(0.9, 1e-4, 0)]
    [InlineData(0.5, 0.0, 20)]
    public void Step_AfterWarmUp_AllocatesNothing(double momentum, double noise, int batchSize)
    {
        var trainer = HeartTrainer(new TrainingOptions
        {
            LearningRate = 1,
            Momentum = momentum,
            StepNoise = noise,
            BatchSize = batchSize == 0 ? null : batchSize,
            Seed = 4,
        });
        trainer.Train(200);                    // warm-up: every method compiled, the shuffle done at least once
        trainer.History.Reserve(1000);         // room for the costs, as Train makes before its loop

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var t = 0; t < 1000; t++)
        {
            trainer.Step();
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(allocated <= RuntimeAllowance, $"{allocated} bytes over 1,000 steps");
    }

    [Fact]
    public void Train_AfterWarmUp_AllocatesOnlyTheRoomForItsCosts()
    {
        var trainer = HeartTrainer(new TrainingOptions { LearningRate = 2, Momentum = 0.9 });
        trainer.Train(200);

        var before = GC.GetAllocatedBytesForCurrentThread();
        trainer.Train(5000);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // One array of 5,200 costs (the list grows once, to exactly what is needed): 8 bytes a cost, nothing per step.
        Assert.True(allocated <= (sizeof(double) * 5200) + ArrayHeaderAllowance, $"{allocated} bytes");
    }

    [Fact]
    public void Step_WithSnapshots_AllocatesOnlyWhenOneIsTaken()
    {
        var trainer = HeartTrainer(new TrainingOptions { LearningRate = 1, SnapshotEvery = 50 });
        trainer.Train(200);
        trainer.History.Reserve(200);

        var allocatingIterations = new List<int>();
        long otherSteps = 0;
        for (var t = 0; t < 200; t++)
        {
            var iteration = trainer.Iteration;
            var before = GC.GetAllocatedBytesForCurrentThread();
            trainer.Step();
            var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            if (iteration % 50 == 0 && iteration > 200)
            {
                Assert.True(allocated > 0, $"the snapshot due at iteration {iteration} allocated nothing");
                allocatingIterations.Add(iteration);
            }
            else
            {
                otherSteps += allocated;
            }
        }

        // Iteration 200's snapshot was taken by Train, so 250, 300 and 350 are the ones due; the other steps allocate
        // nothing of their own.
        Assert.Equal([250, 300, 350], allocatingIterations);
        Assert.True(otherSteps <= RuntimeAllowance, $"{otherSteps} bytes in the steps without a snapshot");
    }

    [Fact]
    public void Train_MiniBatches_LowerTheCostOnAllTheData()
    {
        var trainer = HeartTrainer(new TrainingOptions { LearningRate = 1, Momentum = 0.9, BatchSize = 10, Seed = 2 });
        var initialCost = trainer.Cost();

        trainer.Train(3000);

        Assert.Equal(10, trainer.BatchSize);
        Assert.True(trainer.Cost() < initialCost / 10, $"from {initialCost:E3} to {trainer.Cost():E3}");
    }

    [Fact]
    public void Train_SameSeed_GivesTheSameNoisyRun()
    {
        // Full batches, so the seed can only act through the noise: a run without noise must differ from a noisy one.
        var options = new TrainingOptions { LearningRate = 1, StepNoise = 1e-3, Seed = 9 };
        var first = HeartTrainer(options);
        var second = HeartTrainer(options);
        var otherSeed = HeartTrainer(new TrainingOptions { LearningRate = 1, StepNoise = 1e-3, Seed = 10 });
        var noiseless = HeartTrainer(new TrainingOptions { LearningRate = 1, Seed = 9 });

        first.Train(300);
        second.Train(300);
        otherSeed.Train(300);
        noiseless.Train(300);
        Assert.NotEqual(first.History.Costs[^1], noiseless.History.Costs[^1]);

        Assert.Equal(first.History.Costs, second.History.Costs);
        Assert.NotEqual(first.History.Costs[^1], otherSeed.History.Costs[^1]);
    }

    [Fact]
    public void Step_PlainGradientDescent_MovesEachParameterByMinusEtaTimesItsGradient()
    {
        var (inputs, targets) = HeartCurve.TrainingData(8);
        var network = Network.Create([1, 3, 2], Activation.Tanh, seed: 5);
        var before = network.Clone();
        var gradient = Backpropagation.Compute(before, inputs, targets);
        var trainer = new Trainer(network, inputs, targets, new TrainingOptions { LearningRate = 0.5 });

        trainer.Step();

        for (var l = 1; l <= 2; l++)
        {
            var expectedWeights = before.Layers[l - 1].Weights - (0.5 * gradient.Weights(l));
            var expectedBiases = before.Layers[l - 1].Biases - (0.5 * gradient.Biases(l));
            Assert.Equal(0, (network.Layers[l - 1].Weights - expectedWeights).InfinityNorm(), SameComputation);
            Assert.Equal(0, (network.Layers[l - 1].Biases - expectedBiases).InfinityNorm(), SameComputation);
        }
    }

    [Fact]
    public void Step_TooLargeALearningRate_SaysTheCostDiverged()
    {
        // An identity output can grow without bound; with η = 1000 the steps overshoot and the cost overflows.
        var (inputs, targets) = HeartCurve.TrainingData(20);
        var network = Network.Create([1, 4, 2], [Activation.Tanh, Activation.Identity], seed: 1);
        var trainer = new Trainer(network, inputs, targets, new TrainingOptions { LearningRate = 1000 });

        var exception = Assert.Throws<InvalidOperationException>(() => trainer.Train(10_000));

        Assert.Contains("smaller learning rate", exception.Message);
    }
    [Fact]
    public void TrainWithOwnStep_PlainGradientDescentStep_MatchesTheTrainersOwnSteps()
    {
        // A step of one's own, θ ← θ − η ∂C/∂θ by backpropagation, must give the trainer's own plain steps exactly,
        // and the same recorded costs and snapshots.
        var own = HeartTrainer(new TrainingOptions { LearningRate = 2, SnapshotEvery = 10 });
        var library = HeartTrainer(new TrainingOptions { LearningRate = 2, SnapshotEvery = 10 });
        var (inputs, targets) = HeartCurve.TrainingData(Samples);
        var etas = new List<double>();
        void Step(Network network, double eta)
        {
            etas.Add(eta);
            var gradient = Backpropagation.Compute(network, inputs, targets);
            for (var l = 1; l <= network.Layers.Count; l++)
            {
                network.Layers[l - 1].Weights.Subtract(eta * gradient.Weights(l), network.Layers[l - 1].Weights);
                network.Layers[l - 1].Biases.Subtract(eta * gradient.Biases(l), network.Layers[l - 1].Biases);
            }
        }

        var ownHistory = own.Train(30, Step);
        var libraryHistory = library.Train(30);

        Assert.Equal(Enumerable.Repeat(2.0, 30), etas);
        Assert.Equal(30, own.Iteration);
        Assert.Equal(libraryHistory.Costs, ownHistory.Costs, new ToleranceComparer(1e-15));
        Assert.Equal([0, 10, 20, 30], ownHistory.Snapshots.Select(s => s.Iteration));
        Assert.Equal(ParameterVector.Of(library.Network), ParameterVector.Of(own.Network), new ToleranceComparer(1e-15));
    }

    [Fact]
    public void TrainWithOwnStep_OptionsWithMomentum_ThrowsSayingTheStepDecides()
    {
        var trainer = HeartTrainer(new TrainingOptions { LearningRate = 2, Momentum = 0.9 });

        var exception = Assert.Throws<InvalidOperationException>(() => trainer.Train(1, (_, _) => { }));

        Assert.Contains("Momentum", exception.Message);
    }

    [Fact]
    public void TrainWithOwnStep_StepThatDiverges_SaysTheCostDiverged()
    {
        var trainer = HeartTrainer(new TrainingOptions { LearningRate = 2 });

        var exception = Assert.Throws<InvalidOperationException>(
            () => trainer.Train(5, (network, _) => network.Layers[2].Biases[0] = double.NaN));

        Assert.Contains("smaller learning rate", exception.Message);
    }
}
