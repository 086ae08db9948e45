using MathNet.Numerics.LinearAlgebra;

namespace Calculus.NeuralNetworks;

/// <summary>
/// How a <see cref="Trainer"/> steps: the learning rate η, and optionally momentum μ, noise on each step, mini-batches,
/// and snapshots of the network's output for charts. Each value is checked where it is set.
/// </summary>
public sealed class TrainingOptions
{
    private readonly double _learningRate;
    private readonly double _momentum;
    private readonly double _stepNoise;
    private readonly int? _batchSize;
    private readonly int _snapshotEvery;

    /// <summary>η in θ ← θ − η ∂C/∂θ: how far each step goes along the negative gradient.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is zero, negative, NaN or infinite.</exception>
    public required double LearningRate
    {
        get => _learningRate;
        init
        {
            if (!(value > 0) || !double.IsFinite(value))
            {
                throw new ArgumentOutOfRangeException(
                    nameof(LearningRate),
                    value,
                    $"The learning rate η (LearningRate) must be a positive finite number; got {Check.Describe(value)}.");
            }

            _learningRate = value;
        }
    }

    /// <summary>μ in v ← μv − η ∂C/∂θ, θ ← θ + v: how much of the previous step carries on; 0, the default, is plain gradient descent.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not in [0, 1).</exception>
    public double Momentum
    {
        get => _momentum;
        init
        {
            if (!(value >= 0 && value < 1))
            {
                throw new ArgumentOutOfRangeException(
                    nameof(Momentum),
                    value,
                    $"The momentum μ (Momentum) must be at least 0 and less than 1; got {Check.Describe(value)}.");
            }

            _momentum = value;
        }
    }

    /// <summary>σ in θ ← θ + v + σξ, ξ ~ N(0, 1) drawn afresh for every parameter and step; 0, the default, adds no noise.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative, NaN or infinite.</exception>
    public double StepNoise
    {
        get => _stepNoise;
        init
        {
            if (!(value >= 0) || !double.IsFinite(value))
            {
                throw new ArgumentOutOfRangeException(
                    nameof(StepNoise),
                    value,
                    $"The step noise σ (StepNoise) must be a finite number, 0 or more; got {Check.Describe(value)}.");
            }

            _stepNoise = value;
        }
    }

    /// <summary>B, the samples in each step's mini-batch; null, the default, uses all N every step (full-batch gradient descent).</summary>
    /// <remarks>Mini-batches are drawn without replacement from a shuffled order, reshuffled when fewer than B samples remain.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int? BatchSize
    {
        get => _batchSize;
        init
        {
            if (value < 1)
            {
                throw new ArgumentOutOfRangeException(
                    nameof(BatchSize),
                    value,
                    $"The mini-batch size B (BatchSize) must be at least 1, or null for full batches; got {value}.");
            }

            _batchSize = value;
        }
    }

    /// <summary>k: record the network's output every k iterations (and after the last); 0, the default, records none.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int SnapshotEvery
    {
        get => _snapshotEvery;
        init
        {
            if (value < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(SnapshotEvery), value, $"SnapshotEvery must be 0 (no snapshots) or more; got {value}.");
            }

            _snapshotEvery = value;
        }
    }

    /// <summary>The inputs at which snapshots evaluate the network (one sample per column); the training inputs when null.</summary>
    public Matrix<double>? SnapshotInputs { get; init; }

    /// <summary>The seed of the System.Random that draws the step noise and shuffles the mini-batches.</summary>
    public int Seed { get; init; }
}
