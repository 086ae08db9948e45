namespace Calculus.NeuralNetworks;

/// <summary>What training recorded, for charts: the cost at every iteration and snapshots of the network's output.</summary>
public sealed class TrainingHistory
{
    private readonly List<double> _costs = [];
    private readonly List<TrainingSnapshot> _snapshots = [];

    /// <summary>C at each iteration t = 0, 1, …, on the batch used for step t + 1, before that step (with full batches, C on all the data).</summary>
    public IReadOnlyList<double> Costs => _costs;

    /// <summary>The snapshots of the network's output, every k iterations and after the last.</summary>
    public IReadOnlyList<TrainingSnapshot> Snapshots => _snapshots;

    /// <summary>The first iteration t whose cost Costs[t] is below <paramref name="cost"/>, or null if none is.</summary>
    public int? FirstIterationBelow(double cost)
    {
        var index = _costs.FindIndex(c => c < cost);
        return index < 0 ? null : index;
    }

    /// <summary>Makes room for <paramref name="count"/> more costs, so that recording them allocates nothing.</summary>
    /// <remarks><see cref="Trainer.Train(int)"/> does this before its loop; call it before a loop of <see cref="Trainer.Step"/>s.</remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public void Reserve(int count)
    {
        Check.AtLeast(count, 0, nameof(count));
        _costs.EnsureCapacity(_costs.Count + count);
    }

    internal void Record(double cost) => _costs.Add(cost);

    internal void Record(TrainingSnapshot snapshot) => _snapshots.Add(snapshot);
}
