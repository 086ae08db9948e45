using Calculus.NeuralNetworks;
using MathNet.Numerics.LinearAlgebra;

namespace Calculus.Tests.NeuralNetworks;

public sealed class BadInputTests
{
    private static readonly Network OneSixTwo = Network.Create([1, 6, 2], Activation.Sigmoid, seed: 1);

    private static Matrix<double> Data(int rows, int columns) => Matrix<double>.Build.Dense(rows, columns, 0.5);

    [Fact]
    public void Network_LayersThatDoNotChain_NamesTheLayerAndBothSizes()
    {
        var first = Layer.Initialise(1, 6, Activation.Sigmoid, new Random(1));
        var second = Layer.Initialise(5, 2, Activation.Sigmoid, new Random(1));

        var exception = Assert.Throws<ArgumentException>(() => new Network([first, second]));

        Assert.Equal("layers", exception.ParamName);
        Assert.Contains("Layer 2 (layers[1]) takes 5 inputs", exception.Message);
        Assert.Contains("layer 1 gives 6 outputs", exception.Message);
    }

    [Fact]
    public void Network_NoLayers_Throws()
    {
        var exception = Assert.Throws<ArgumentException>(() => new Network([]));

        Assert.Contains("at least one layer", exception.Message);
    }

    [Fact]
    public void Create_OneSize_SaysTwoAreNeeded()
    {
        var exception = Assert.Throws<ArgumentException>(() => Network.Create([3], Activation.Sigmoid, seed: 1));

        Assert.Equal("sizes", exception.ParamName);
        Assert.Contains("at least two", exception.Message);
    }

    [Fact]
    public void Create_AZeroSize_NamesWhichSize()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => Network.Create([1, 0, 2], Activation.Sigmoid, seed: 1));

        Assert.Contains("sizes[1] is 0", exception.Message);
    }

    [Fact]
    public void Create_WrongNumberOfActivations_SaysHowManyLayersThereAre()
    {
        var exception = Assert.Throws<ArgumentException>(() => Network.Create([1, 6, 7, 2], [Activation.Sigmoid, Activation.Tanh], seed: 1));

        Assert.Equal("activations", exception.ParamName);
        Assert.Contains("3 layers", exception.Message);
    }

    [Fact]
    public void Layer_BiasesOfTheWrongLength_SaysOnePerNeuron()
    {
        var exception = Assert.Throws<ArgumentException>(() =>
            new Layer(Matrix<double>.Build.Dense(3, 2), Vector<double>.Build.Dense(2), Activation.Sigmoid));

        Assert.Equal("biases", exception.ParamName);
        Assert.Contains("biases has 2 entries but weights has 3 rows", exception.Message);
    }

    [Fact]
    public void Layer_NaNWeight_NamesTheEntry()
    {
        var weights = Matrix<double>.Build.Dense(2, 2);
        weights[1, 0] = double.NaN;

        var exception = Assert.Throws<ArgumentException>(() => new Layer(weights, Vector<double>.Build.Dense(2), Activation.Tanh));

        Assert.Contains("weights[1, 0] is NaN", exception.Message);
    }

    [Fact]
    public void Predict_InputsWithTheWrongNumberOfRows_SaysSamplesAreColumns()
    {
        var exception = Assert.Throws<ArgumentException>(() => OneSixTwo.Predict(Data(100, 1)));

        Assert.Equal("inputs", exception.ParamName);
        Assert.Contains("inputs is 100×1 but the network takes 1 input per sample", exception.Message);
        Assert.Contains("one sample per column", exception.Message);
    }

    [Fact]
    public void Predict_AVectorOfTheWrongLength_Throws()
    {
        var exception = Assert.Throws<ArgumentException>(() => OneSixTwo.Predict(Vector<double>.Build.Dense(3)));

        Assert.Equal("input", exception.ParamName);
    }

    [Fact]
    public void Forward_NoSamples_SaysThereAreNone()
    {
        var exception = Assert.Throws<ArgumentException>(() => OneSixTwo.Forward(Data(1, 0)));

        Assert.Contains("no samples", exception.Message);
    }

    [Fact]
    public void Compute_TargetsWithTheWrongNumberOfRows_NamesTheTargets()
    {
        var exception = Assert.Throws<ArgumentException>(() => Backpropagation.Compute(OneSixTwo, Data(1, 10), Data(3, 10)));

        Assert.Equal("targets", exception.ParamName);
        Assert.Contains("targets is 3×10 but the network gives 2 outputs per sample", exception.Message);
    }

    [Fact]
    public void Compute_TargetsForADifferentNumberOfSamples_SaysEachInputNeedsATarget()
    {
        var exception = Assert.Throws<ArgumentException>(() => Backpropagation.Compute(OneSixTwo, Data(1, 10), Data(2, 9)));

        Assert.Equal("targets", exception.ParamName);
        Assert.Contains("targets has 9 samples (columns) but inputs has 10", exception.Message);
    }

    [Fact]
    public void Run_ABatchOfAnotherSize_SaysWhatItWasMadeFor()
    {
        var backpropagation = new Backpropagation(OneSixTwo, 10);

        var exception = Assert.Throws<ArgumentException>(() => backpropagation.Run(Data(1, 5), Data(2, 5)));

        Assert.Contains("made for 10", exception.Message);
    }

    [Fact]
    public void Backpropagation_NoSamples_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Backpropagation(OneSixTwo, 0));
    }

    [Fact]
    public void Cost_DifferentShapes_GivesBothShapes()
    {
        var exception = Assert.Throws<ArgumentException>(() => Cost.MeanSquaredError(Data(2, 10), Data(2, 11)));

        Assert.Contains("outputs is 2×10 but targets is 2×11", exception.Message);
    }

    [Fact]
    public void Cost_NoSamples_SaysTheMeanIsUndefined()
    {
        var exception = Assert.Throws<ArgumentException>(() => Cost.MeanSquaredError(Data(2, 0), Data(2, 0)));

        Assert.Contains("no samples", exception.Message);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-0.1)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void LearningRate_NotPositive_NamesTheLearningRate(double learningRate)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => new TrainingOptions { LearningRate = learningRate });

        Assert.Equal("LearningRate", exception.ParamName);
        Assert.Contains("positive finite number", exception.Message);
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.0)]
    public void Momentum_OutsideZeroToOne_Throws(double momentum)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => new TrainingOptions { LearningRate = 1, Momentum = momentum });

        Assert.Equal("Momentum", exception.ParamName);
    }

    [Fact]
    public void OtherOptions_OutOfRange_NameTheOption()
    {
        Assert.Equal("StepNoise", Assert.Throws<ArgumentOutOfRangeException>(() => new TrainingOptions { LearningRate = 1, StepNoise = -1 }).ParamName);
        Assert.Equal("BatchSize", Assert.Throws<ArgumentOutOfRangeException>(() => new TrainingOptions { LearningRate = 1, BatchSize = 0 }).ParamName);
        Assert.Equal("SnapshotEvery", Assert.Throws<ArgumentOutOfRangeException>(() => new TrainingOptions { LearningRate = 1, SnapshotEvery = -5 }).ParamName);
    }

    [Fact]
    public void Trainer_BatchLargerThanTheData_SaysHowManySamplesThereAre()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() =>
            new Trainer(OneSixTwo, Data(1, 10), Data(2, 10), new TrainingOptions { LearningRate = 1, BatchSize = 11 }));

        Assert.Contains("BatchSize is 11 but there are only 10 samples", exception.Message);
    }

    [Fact]
    public void Trainer_NaNTarget_NamesTheEntry()
    {
        var targets = Data(2, 10);
        targets[1, 3] = double.NaN;

        var exception = Assert.Throws<ArgumentException>(() => new Trainer(OneSixTwo, Data(1, 10), targets, new TrainingOptions { LearningRate = 1 }));

        Assert.Contains("targets[1, 3] is NaN", exception.Message);
    }

    [Fact]
    public void Trainer_EmptyData_SaysThereAreNoSamples()
    {
        var exception = Assert.Throws<ArgumentException>(() => new Trainer(OneSixTwo, Data(1, 0), Data(2, 0), new TrainingOptions { LearningRate = 1 }));

        Assert.Equal("inputs", exception.ParamName);
        Assert.Contains("no samples", exception.Message);
    }

    [Fact]
    public void Trainer_SnapshotInputsOfTheWrongShape_NamesThem()
    {
        var options = new TrainingOptions { LearningRate = 1, SnapshotEvery = 10, SnapshotInputs = Data(2, 50) };

        var exception = Assert.Throws<ArgumentException>(() => new Trainer(OneSixTwo, Data(1, 10), Data(2, 10), options));

        Assert.Equal("options.SnapshotInputs", exception.ParamName);
    }

    [Fact]
    public void Train_NegativeIterations_Throws()
    {
        var trainer = new Trainer(OneSixTwo, Data(1, 10), Data(2, 10), new TrainingOptions { LearningRate = 1 });

        Assert.Throws<ArgumentOutOfRangeException>(() => trainer.Train(-1));
    }

    [Fact]
    public void GradientCheck_NonPositiveStep_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => GradientCheck.Run(OneSixTwo, Data(1, 3), Data(2, 3), h: 0));
    }

    [Fact]
    public void LayerNumbers_OutOfRange_SayHowLayersAreNumbered()
    {
        var pass = OneSixTwo.Forward(Data(1, 3));
        var gradient = Backpropagation.Compute(OneSixTwo, Data(1, 3), Data(2, 3));

        Assert.Contains("numbered 1 to 2", Assert.Throws<ArgumentOutOfRangeException>(() => pass.Z(0)).Message);
        Assert.Contains("numbered 0 to 2", Assert.Throws<ArgumentOutOfRangeException>(() => pass.A(3)).Message);
        Assert.Contains("numbered 1 to 2", Assert.Throws<ArgumentOutOfRangeException>(() => gradient.Weights(3)).Message);
    }
}
