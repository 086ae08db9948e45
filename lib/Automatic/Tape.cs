using MathNet.Numerics.LinearAlgebra;

namespace Calculus.Automatic;

/// <summary>
/// Reverse-mode automatic differentiation. While a function runs on <see cref="TapeVariable"/>s, the tape records
/// every operation with the local partial derivatives of its result. One backward pass then applies the chain
/// rule from the output back to every input, v̄ᵢ = Σ (over uses of vᵢ) v̄ⱼ · ∂vⱼ/∂vᵢ, and so gives the whole gradient
/// for about the cost of a few evaluations of the function, however many inputs it has. This is backpropagation.
/// </summary>
public sealed class Tape
{
    private const int NoParent = -1;

    // Nodes are kept in blocks small enough to stay off the large-object heap, so a long recording does not
    // make the garbage collector copy and sweep one huge array as it grows.
    private const int BlockBits = 9;
    private const int BlockSize = 1 << BlockBits;
    private readonly List<Node[]> _blocks = [];
    private int _count;

    /// <summary>How many values the tape has recorded (inputs and intermediate results).</summary>
    public int Count => _count;

    /// <summary>Records an input xᵢ of the function.</summary>
    /// <exception cref="ArgumentException"><paramref name="value"/> is NaN or infinite.</exception>
    public TapeVariable Variable(double value)
    {
        Check.Finite(value, nameof(value));
        return Record(value, NoParent, 0, NoParent, 0);
    }

    /// <summary>Records inputs x₁, …, xₙ.</summary>
    /// <exception cref="ArgumentException">A component is NaN or infinite, or there is none.</exception>
    public TapeVariable[] Variables(IReadOnlyList<double> values) =>
        Check.Point(values, nameof(values)).Select(value => Record(value, NoParent, 0, NoParent, 0)).ToArray();

    /// <summary>The backward pass: the adjoint v̄ = ∂output/∂v of every recorded value, seeded with ∂output/∂output = 1.</summary>
    /// <exception cref="ArgumentException"><paramref name="output"/> was recorded on another tape, or is a constant.</exception>
    public double[] Backward(TapeVariable output)
    {
        if (!ReferenceEquals(output.Tape, this))
        {
            throw new ArgumentException("The output was not computed on this tape (is it a constant, or from another tape?).", nameof(output));
        }

        var adjoints = new double[_count];
        Propagate(output, adjoints);
        return adjoints;
    }

    /// <summary>∇output with respect to <paramref name="inputs"/>: one backward pass, read off at the inputs.</summary>
    /// <exception cref="ArgumentException"><paramref name="output"/> or an input is not on this tape.</exception>
    public Vector<double> Gradient(TapeVariable output, IReadOnlyList<TapeVariable> inputs)
    {
        if (output.Tape is null)
        {
            // The output does not depend on any input: every partial derivative is 0.
            return Vector<double>.Build.Dense(inputs.Count);
        }

        var adjoints = Backward(output);
        return Vector<double>.Build.Dense(inputs.Count, i =>
        {
            if (!ReferenceEquals(inputs[i].Tape, this))
            {
                throw new ArgumentException($"inputs[{i}] was not recorded on this tape.", nameof(inputs));
            }

            return adjoints[inputs[i].Index];
        });
    }

    /// <summary>Records a result with up to two parents and the partial derivative of the result with respect to each.</summary>
    internal TapeVariable Record(double value, int first, double firstPartial, int second, double secondPartial)
    {
        var index = _count;
        if ((index & (BlockSize - 1)) == 0)
        {
            _blocks.Add(new Node[BlockSize]);
        }

        _blocks[index >> BlockBits][index & (BlockSize - 1)] = new Node(first, firstPartial, second, secondPartial);
        _count++;
        return new TapeVariable(this, index, value);
    }

    /// <summary>The chain rule backwards: from the output (adjoint 1) to every value it was computed from.</summary>
    /// <remarks>A value whose adjoint is 0 passes nothing back, so a factor like 0·√x at x = 0 gives 0, not ∞·0.</remarks>
    private void Propagate(TapeVariable output, double[] adjoints)
    {
        adjoints[output.Index] = 1;
        for (var i = output.Index; i >= 0; i--)
        {
            var adjoint = adjoints[i];
            if (adjoint == 0)
            {
                continue;
            }

            ref readonly var node = ref _blocks[i >> BlockBits][i & (BlockSize - 1)];
            if (node.First != NoParent)
            {
                adjoints[node.First] += adjoint * node.FirstPartial;
            }

            if (node.Second != NoParent)
            {
                adjoints[node.Second] += adjoint * node.SecondPartial;
            }
        }
    }

    /// <summary>One recorded operation: its parents on the tape and ∂result/∂parent for each.</summary>
    private readonly record struct Node(int First, double FirstPartial, int Second, double SecondPartial);
}
