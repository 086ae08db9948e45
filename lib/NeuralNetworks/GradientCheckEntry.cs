using System.Globalization;

namespace Calculus.NeuralNetworks;

/// <summary>One weight or bias in a <see cref="GradientCheck"/>: ∂C/∂θ by backpropagation and by a central difference, and their relative error.</summary>
public sealed class GradientCheckEntry
{
    internal GradientCheckEntry(int layer, bool isBias, int row, int column, double backpropagation, double finiteDifference)
    {
        Layer = layer;
        IsBias = isBias;
        Row = row;
        Column = column;
        Backpropagation = backpropagation;
        FiniteDifference = finiteDifference;
        RelativeError = GradientCheck.RelativeError(backpropagation, finiteDifference);
    }

    /// <summary>l, the layer (1 to L) the parameter belongs to.</summary>
    public int Layer { get; }

    /// <summary>Whether the parameter is the bias b_l[Row] rather than the weight W_l[Row, Column].</summary>
    public bool IsBias { get; }

    /// <summary>i in W_l[i, j] or b_l[i]: the neuron.</summary>
    public int Row { get; }

    /// <summary>j in W_l[i, j]: the input the weight multiplies (0 for a bias).</summary>
    public int Column { get; }

    /// <summary>∂C/∂θ from backpropagation.</summary>
    public double Backpropagation { get; }

    /// <summary>∂C/∂θ ≈ (C(θ + h) − C(θ − h))/2h.</summary>
    public double FiniteDifference { get; }

    /// <summary>|g_bp − g_fd| / max(|g_bp|, |g_fd|), 0 when both are 0.</summary>
    public double RelativeError { get; }

    /// <summary>The parameter's name as in the course, "W2[0, 3]" or "b1[4]".</summary>
    public string Name => IsBias ? $"b{Layer}[{Row}]" : $"W{Layer}[{Row}, {Column}]";

    /// <summary>"W2[0, 3]: backprop 0.0123, difference 0.0123, relative error 1.2e-09".</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Name}: backprop {Backpropagation:G6}, difference {FiniteDifference:G6}, relative error {RelativeError:E1}");
}
