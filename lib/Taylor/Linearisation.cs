using Calculus.Automatic;
using MathNet.Numerics.LinearAlgebra;

namespace Calculus.Taylor;

/// <summary>f(x) ≈ f(a) + J(a)(x − a), the linearisation of a vector function f: Rⁿ → Rᵐ about a, with its Jacobian J from forward-mode AD.</summary>
/// <remarks>Write f over <see cref="IScalar{TSelf}"/> and pass it on dual numbers:
/// <c>Linearisation.About(p =&gt; [p[0] * Cos(p[1]), p[0] * Sin(p[1])], [2, Math.PI / 3])</c> linearises polar to
/// Cartesian coordinates.</remarks>
public sealed class Linearisation
{
    private readonly Vector<double> _point;
    private readonly Vector<double> _value;
    private readonly Matrix<double> _jacobian;

    private Linearisation(Vector<double> point, Vector<double> value, Matrix<double> jacobian)
    {
        _point = point;
        _value = value;
        _jacobian = jacobian;
    }

    /// <summary>a, the point the linearisation is built about (a copy).</summary>
    public Vector<double> Point => _point.Clone();

    /// <summary>f(a), a vector of m values (a copy).</summary>
    public Vector<double> Value => _value.Clone();

    /// <summary>J(a), Jᵢⱼ = ∂fᵢ/∂xⱼ at a: m rows, n columns (a copy).</summary>
    public Matrix<double> Jacobian => _jacobian.Clone();

    /// <summary>f(a) and J(a) by forward-mode automatic differentiation (ForwardMode.Jacobian), one pass per variable.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="f"/> or <paramref name="a"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="a"/> is empty or not finite, f reads past its end, or f or
    /// its Jacobian is not finite at a.</exception>
    /// <exception cref="InvalidOperationException">f returns vectors of different lengths on different passes.</exception>
    public static Linearisation About(Func<Dual[], Dual[]> f, IReadOnlyList<double> a)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(a);
        var point = Vector<double>.Build.DenseOfEnumerable(Check.Point(a, nameof(a)));
        var values = Check.Evaluate(() => f(Array.ConvertAll(point.ToArray(), Dual.Constant)), point.Count);
        var value = Vector<double>.Build.DenseOfEnumerable(values.Select(dual => dual.Value));
        TaylorCheck.FiniteDerivatives(value, "f(a)", a);
        var jacobian = ForwardMode.Jacobian(f, a);
        if (jacobian.RowCount != value.Count)
        {
            throw new InvalidOperationException(
                $"f returned {value.Count} values at a but {jacobian.RowCount} when differentiated; it must return the same number every time.");
        }

        TaylorCheck.FiniteDerivatives(jacobian.Enumerate(), "the Jacobian J(a)", a);
        return new Linearisation(point, value, jacobian);
    }

    /// <summary>L(x) = f(a) + J(a)(x − a), the first-order approximation of f at x.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="x"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="x"/> has a different number of coordinates from a.</exception>
    public Vector<double> Evaluate(IReadOnlyList<double> x)
    {
        var step = Vector<double>.Build.DenseOfArray(TaylorCheck.SameDimension(x, _point.Count, nameof(x))) - _point;
        return _value + (_jacobian * step);
    }
}
