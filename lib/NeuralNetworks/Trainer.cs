using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;

namespace Calculus.NeuralNetworks;

/// <summary>
/// Gradient descent on a network's weights and biases θ: each iteration runs backpropagation on a batch and steps
/// v ← μv − η ∂C/∂θ, θ ← θ + v (plain gradient descent θ ← θ − η ∂C/∂θ when the momentum μ is 0), plus noise σξ when
/// asked. Everything an iteration needs is made here, once, so that iterations allocate nothing; only snapshots do.
/// The network is trained in place.
/// </summary>
public sealed class Trainer
{
    private readonly Matrix<double> _inputs;
    private readonly Matrix<double> _targets;
    private readonly Matrix<double> _batchInputs;
    private readonly Matrix<double> _batchTargets;
    private readonly Matrix<double> _snapshotInputs;
    private readonly Backpropagation _backpropagation;
    private readonly double[][] _parameters;   // per layer: the entries of W_l, then those of b_l
    private readonly double[][] _gradients;    // ∂C/∂W_l and ∂C/∂b_l, in the same order
    private readonly double[][] _velocities;   // v for each parameter, starting at 0
    private readonly int[] _order;             // the shuffled sample order that mini-batches are taken from
    private readonly Random _random;
    private int _nextInOrder;
    private int _lastSnapshot = -1;

    /// <summary>A trainer for <paramref name="network"/> on the inputs x and targets y (one sample per column); the data is copied.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">
    /// The inputs or targets do not fit the network or each other, there are no samples, an entry is NaN or infinite,
    /// or the snapshot inputs do not have one row per network input.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">The batch size is larger than the number of samples.</exception>
    public Trainer(Network network, Matrix<double> inputs, Matrix<double> targets, TrainingOptions options)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(options);
        DataCheck.Batch(network, inputs, targets, nameof(inputs), nameof(targets));
        DataCheck.Finite(inputs, nameof(inputs));
        DataCheck.Finite(targets, nameof(targets));
        var sampleCount = inputs.ColumnCount;
        if (options.BatchSize > sampleCount)
        {
            throw new ArgumentOutOfRangeException(
                nameof(options),
                options.BatchSize,
                $"options.BatchSize is {options.BatchSize} but there are only {DataCheck.Count(sampleCount, "sample")}.");
        }

        if (options.SnapshotInputs is { } snapshotInputs)
        {
            DataCheck.Inputs(network, snapshotInputs, "options.SnapshotInputs");
            DataCheck.Finite(snapshotInputs, "options.SnapshotInputs");
        }

        Network = network;
        Options = options;
        BatchSize = options.BatchSize ?? sampleCount;
        _inputs = Matrix<double>.Build.DenseOfMatrix(inputs);
        _targets = Matrix<double>.Build.DenseOfMatrix(targets);
        _snapshotInputs = options.SnapshotInputs is null ? _inputs : Matrix<double>.Build.DenseOfMatrix(options.SnapshotInputs);
        _batchInputs = BatchSize == sampleCount ? _inputs : Matrix<double>.Build.Dense(network.InputSize, BatchSize);
        _batchTargets = BatchSize == sampleCount ? _targets : Matrix<double>.Build.Dense(network.OutputSize, BatchSize);
        _backpropagation = new Backpropagation(network, BatchSize);

        var layerCount = network.Layers.Count;
        _parameters = new double[2 * layerCount][];
        _gradients = new double[2 * layerCount][];
        _velocities = new double[2 * layerCount][];
        for (var l = 1; l <= layerCount; l++)
        {
            var layer = network.Layers[l - 1];
            _parameters[(2 * l) - 2] = InPlace.Values(layer.Weights);
            _parameters[(2 * l) - 1] = InPlace.Values(layer.Biases);
            _gradients[(2 * l) - 2] = InPlace.Values(_backpropagation.Gradient.Weights(l));
            _gradients[(2 * l) - 1] = InPlace.Values(_backpropagation.Gradient.Biases(l));
        }

        for (var k = 0; k < _parameters.Length; k++)
        {
            _velocities[k] = new double[_parameters[k].Length];
        }

        _random = new Random(options.Seed);
        _order = Enumerable.Range(0, sampleCount).ToArray();
        _random.Shuffle(_order);
    }

    /// <summary>The network being trained (in place).</summary>
    public Network Network { get; }

    /// <summary>η, μ, σ, B and the snapshot settings.</summary>
    public TrainingOptions Options { get; }

    /// <summary>B, the samples per step: all N for full-batch gradient descent.</summary>
    public int BatchSize { get; }

    /// <summary>t, the number of steps taken so far.</summary>
    public int Iteration { get; private set; }

    /// <summary>The cost at every iteration and the snapshots so far.</summary>
    public TrainingHistory History { get; } = new();

    /// <summary>C = (1/2N) Σₙ ‖aₙ − yₙ‖² on all the training data, for the network as it is now.</summary>
    public double Cost() => NeuralNetworks.Cost.MeanSquaredError(Network.Predict(_inputs), _targets);

    /// <summary>Takes <paramref name="iterations"/> steps, recording each cost, a snapshot every k steps and one after the last.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="iterations"/> is negative.</exception>
    /// <exception cref="InvalidOperationException">The cost became NaN or infinite: the steps are too large.</exception>
    public TrainingHistory Train(int iterations)
    {
        Check.AtLeast(iterations, 0, nameof(iterations));
        History.Reserve(iterations);
        for (var t = 0; t < iterations; t++)
        {
            Step();
        }

        if (Options.SnapshotEvery > 0)
        {
            TakeSnapshot();
        }

        return History;
    }

    /// <summary>
    /// Takes <paramref name="iterations"/> steps of your own, <paramref name="step"/>(network, η) with η = the options' learning
    /// rate, in place of the trainer's backpropagation and update; records C on all the data before each step, and the
    /// snapshots, as <see cref="Train(int)"/> does.
    /// </summary>
    /// <remarks>
    /// Your step changes the network's weights and biases in place, e.g. W_l ← W_l − η ∂C/∂W_l with your own Jacobians.
    /// The trainer's momentum, noise and mini-batches are its own update's, so they must be left at their defaults here.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="step"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="iterations"/> is negative.</exception>
    /// <exception cref="InvalidOperationException">
    /// The options ask for momentum, noise or mini-batches, which a step of your own does not use; or the cost became NaN or infinite.
    /// </exception>
    public TrainingHistory Train(int iterations, Action<Network, double> step)
    {
        ArgumentNullException.ThrowIfNull(step);
        Check.AtLeast(iterations, 0, nameof(iterations));
        if (Options.Momentum != 0 || Options.StepNoise != 0 || Options.BatchSize is not null)
        {
            throw new InvalidOperationException(
                "A step of your own decides the whole update, so the trainer's momentum, step noise and mini-batches are not used: "
                + "leave Momentum, StepNoise and BatchSize at their defaults when you pass a step to Train.");
        }

        History.Reserve(iterations);
        for (var t = 0; t < iterations; t++)
        {
            if (Options.SnapshotEvery > 0 && Iteration % Options.SnapshotEvery == 0)
            {
                TakeSnapshot();
            }

            var cost = Cost();
            CheckFinite(cost);
            step(Network, Options.LearningRate);
            History.Record(cost);
            Iteration++;
        }

        if (Options.SnapshotEvery > 0)
        {
            TakeSnapshot();
        }

        return History;
    }

    /// <summary>One iteration: C and ∂C/∂θ by backpropagation on the next batch, then v ← μv − η ∂C/∂θ, θ ← θ + v (+ σξ); returns C.</summary>
    /// <remarks>
    /// C is the cost before the step, and is recorded in <see cref="History"/>; a snapshot due at this iteration is
    /// taken first. Nothing is allocated unless a snapshot is taken (or the history's list of costs has to grow, which
    /// <see cref="Train(int)"/> avoids by making room before its loop).
    /// </remarks>
    /// <exception cref="InvalidOperationException">The cost became NaN or infinite: the steps are too large.</exception>
    public double Step()
    {
        if (Options.SnapshotEvery > 0 && Iteration % Options.SnapshotEvery == 0)
        {
            TakeSnapshot();
        }

        NextBatch();
        var cost = _backpropagation.RunWithoutChecks(_batchInputs, _batchTargets);
        CheckFinite(cost);

        var (learningRate, momentum, noise) = (Options.LearningRate, Options.Momentum, Options.StepNoise);
        for (var k = 0; k < _parameters.Length; k++)
        {
            var (theta, gradient, velocity) = (_parameters[k], _gradients[k], _velocities[k]);
            for (var i = 0; i < theta.Length; i++)
            {
                velocity[i] = (momentum * velocity[i]) - (learningRate * gradient[i]);   // v ← μv − η ∂C/∂θ
                theta[i] += velocity[i];                                                // θ ← θ + v
                if (noise > 0)
                {
                    theta[i] += Normal.Sample(_random, 0, noise);                       //     + σξ
                }
            }
        }

        History.Record(cost);
        Iteration++;
        return cost;
    }

    private void CheckFinite(double cost)
    {
        if (!double.IsFinite(cost))
        {
            throw new InvalidOperationException(
                $"The cost became {Check.Describe(cost)} at iteration {Iteration} with learning rate η = {Check.Describe(Options.LearningRate)}: "
                + "the steps are too large and overshoot; try a smaller learning rate.");
        }
    }

    /// <summary>Fills the batch matrices with the next B samples of the shuffled order (nothing to do for full batches).</summary>
    private void NextBatch()
    {
        if (ReferenceEquals(_batchInputs, _inputs))
        {
            return;
        }

        if (_nextInOrder + BatchSize > _order.Length)
        {
            _random.Shuffle(_order);
            _nextInOrder = 0;
        }

        for (var column = 0; column < BatchSize; column++)
        {
            var sample = _order[_nextInOrder + column];
            CopyColumn(_inputs, sample, _batchInputs, column);
            CopyColumn(_targets, sample, _batchTargets, column);
        }

        _nextInOrder += BatchSize;
    }

    private static void CopyColumn(Matrix<double> from, int fromColumn, Matrix<double> to, int toColumn) =>
        Array.Copy(InPlace.Values(from), fromColumn * from.RowCount, InPlace.Values(to), toColumn * to.RowCount, from.RowCount);

    private void TakeSnapshot()
    {
        if (_lastSnapshot == Iteration)
        {
            return;
        }

        History.Record(new TrainingSnapshot(Iteration, Cost(), Network.Predict(_snapshotInputs)));
        _lastSnapshot = Iteration;
    }
}
