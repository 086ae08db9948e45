using MathNet.Numerics.LinearAlgebra;

namespace Calculus.NeuralNetworks;

/// <summary>
/// An activation function σ, applied to each weighted input z of a layer to give its activation a = σ(z), together
/// with its derivative σ'(z), which backpropagation needs.
/// </summary>
public sealed class Activation
{
    private readonly Func<double, double> _function;
    private readonly Func<double, double> _derivative;

    // σ'(z) written through a = σ(z), when it can be: σ'(z) = a(1 − a) for the sigmoid, 1 − a² for tanh. Backpropagation
    // already has a from the forward pass, so this saves computing another exponential for every entry.
    private readonly Func<double, double>? _derivativeFromOutput;

    /// <summary>An activation a = σ(z) given by its formula and the formula of its derivative σ'(z).</summary>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or blank.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public Activation(string name, Func<double, double> function, Func<double, double> derivative)
        : this(name, function, derivative, null)
    {
    }

    private Activation(string name, Func<double, double> function, Func<double, double> derivative, Func<double, double>? derivativeFromOutput)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(function);
        ArgumentNullException.ThrowIfNull(derivative);
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("An activation needs a name, such as \"sigmoid\".", nameof(name));
        }

        Name = name;
        _function = function;
        _derivative = derivative;
        _derivativeFromOutput = derivativeFromOutput;
    }

    /// <summary>σ(z) = 1/(1 + e⁻ᶻ), the logistic sigmoid, between 0 and 1; σ'(z) = σ(z)(1 − σ(z)).</summary>
    public static Activation Sigmoid { get; } = new(
        "sigmoid",
        z => Logistic(z),
        z => Logistic(z) * (1 - Logistic(z)),
        a => a * (1 - a));

    /// <summary>σ(z) = tanh z = (eᶻ − e⁻ᶻ)/(eᶻ + e⁻ᶻ), between −1 and 1; σ'(z) = 1 − tanh² z.</summary>
    public static Activation Tanh { get; } = new(
        "tanh",
        z => Math.Tanh(z),
        z => 1 - (Math.Tanh(z) * Math.Tanh(z)),
        a => 1 - (a * a));

    /// <summary>σ(z) = max(0, z), the rectified linear unit; σ'(z) = 1 for z &gt; 0 and 0 for z ≤ 0 (the kink at 0 is given slope 0).</summary>
    public static Activation ReLU { get; } = new(
        "ReLU",
        z => Math.Max(0, z),
        z => z > 0 ? 1 : 0,
        a => a > 0 ? 1 : 0);

    /// <summary>σ(z) = z, σ'(z) = 1: no activation, for a layer whose outputs may be any number.</summary>
    public static Activation Identity { get; } = new("identity", z => z, _ => 1, _ => 1);

    /// <summary>The activation's name, such as "sigmoid".</summary>
    public string Name { get; }

    /// <summary>a = σ(z).</summary>
    public double Value(double z) => _function(z);

    /// <summary>σ'(z) = dσ/dz.</summary>
    public double Derivative(double z) => _derivative(z);

    /// <summary>a = σ(z) applied to every entry of <paramref name="z"/>, in a new matrix.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="z"/> is null.</exception>
    public Matrix<double> Apply(Matrix<double> z)
    {
        ArgumentNullException.ThrowIfNull(z);
        var a = Matrix<double>.Build.Dense(z.RowCount, z.ColumnCount);
        Apply(InPlace.Dense(z), a);
        return a;
    }

    /// <summary>σ'(z) for every entry of <paramref name="z"/>, in a new matrix.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="z"/> is null.</exception>
    public Matrix<double> Derivative(Matrix<double> z)
    {
        ArgumentNullException.ThrowIfNull(z);
        var dense = InPlace.Dense(z);
        var derivative = Matrix<double>.Build.Dense(z.RowCount, z.ColumnCount);
        InPlace.Map(_derivative, dense, derivative);
        return derivative;
    }

    /// <summary>The activation's name.</summary>
    public override string ToString() => Name;

    /// <summary>result = σ(z), entry by entry, into a dense matrix of the same shape.</summary>
    internal void Apply(Matrix<double> z, Matrix<double> result) => InPlace.Map(_function, z, result);

    /// <summary>result = σ'(z), entry by entry, from z and from a = σ(z) (whichever the formula needs).</summary>
    internal void Derivative(Matrix<double> z, Matrix<double> a, Matrix<double> result)
    {
        if (_derivativeFromOutput is not null)
        {
            InPlace.Map(_derivativeFromOutput, a, result);
        }
        else
        {
            InPlace.Map(_derivative, z, result);
        }
    }

    /// <summary>σ'(z) computed from a = σ(z) where the activation allows it, else from z; for the tests.</summary>
    internal double DerivativeFromOutput(double z, double a) => _derivativeFromOutput is not null ? _derivativeFromOutput(a) : _derivative(z);

    private static double Logistic(double z) => 1 / (1 + Math.Exp(-z));
}
