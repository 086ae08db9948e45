using MathNet.Numerics.LinearAlgebra;

namespace Calculus.Optimisation;

/// <summary>
/// A caller's function with its gradient and Hessian, each call counted and each result checked against the
/// dimension of the starting point, so that a gradient of the wrong length is reported by name.
/// </summary>
internal sealed class CountingObjective
{
    private readonly Func<Vector<double>, double> _value;
    private readonly Func<Vector<double>, Vector<double>>? _gradient;
    private readonly Func<Vector<double>, Matrix<double>>? _hessian;
    private readonly string _valueName;
    private readonly string _gradientName;
    private readonly string _hessianName;

    /// <summary>Wraps f, ∇f and H (the last two may be absent) for points of <paramref name="dimension"/> coordinates.</summary>
    public CountingObjective(
        int dimension,
        Func<Vector<double>, double> value,
        Func<Vector<double>, Vector<double>>? gradient,
        Func<Vector<double>, Matrix<double>>? hessian,
        string valueName,
        string gradientName,
        string hessianName)
    {
        ArgumentNullException.ThrowIfNull(value, valueName);
        Dimension = dimension;
        _value = value;
        _gradient = gradient;
        _hessian = hessian;
        _valueName = valueName;
        _gradientName = gradientName;
        _hessianName = hessianName;
    }

    /// <summary>n, the number of coordinates of every point.</summary>
    public int Dimension { get; }

    /// <summary>How many times f has been called.</summary>
    public int ValueEvaluations { get; private set; }

    /// <summary>How many times ∇f has been called.</summary>
    public int GradientEvaluations { get; private set; }

    /// <summary>How many times H has been called.</summary>
    public int HessianEvaluations { get; private set; }

    /// <summary>f(x).</summary>
    public double Value(Vector<double> x)
    {
        ValueEvaluations++;
        return Call(() => _value(x), _valueName);
    }

    /// <summary>∇f(x), checked to have n components.</summary>
    /// <exception cref="ArgumentException">The gradient has the wrong number of components.</exception>
    public Vector<double> Gradient(Vector<double> x)
    {
        GradientEvaluations++;
        var gradient = Call(() => _gradient!(x), _gradientName);
        if (gradient is null || gradient.Count != Dimension)
        {
            var got = gradient is null ? "null" : $"{gradient.Count} components";
            throw new ArgumentException($"{_gradientName} returned {got} at a point with {Dimension} coordinates; a gradient has one component per coordinate.", _gradientName);
        }

        return gradient;
    }

    /// <summary>H(x), checked to be n×n.</summary>
    /// <exception cref="ArgumentException">The Hessian is not n×n.</exception>
    public Matrix<double> Hessian(Vector<double> x)
    {
        HessianEvaluations++;
        var hessian = Call(() => _hessian!(x), _hessianName);
        if (hessian is null || hessian.RowCount != Dimension || hessian.ColumnCount != Dimension)
        {
            var got = hessian is null ? "null" : $"a {hessian.RowCount}×{hessian.ColumnCount} matrix";
            throw new ArgumentException($"{_hessianName} returned {got} at a point with {Dimension} coordinates; a Hessian is {Dimension}×{Dimension}.", _hessianName);
        }

        return hessian;
    }

    private T Call<T>(Func<T> evaluate, string name)
    {
        try
        {
            return evaluate();
        }
        catch (Exception e) when (e is IndexOutOfRangeException || (e is ArgumentOutOfRangeException range && range.ParamName == "index"))
        {
            throw new ArgumentException($"{name} read past the end of its {Dimension}-dimensional point; does it expect more variables than the starting point has?", name, e);
        }
    }
}
