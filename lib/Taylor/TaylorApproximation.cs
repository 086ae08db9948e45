using Calculus.Automatic;
using MathNet.Numerics.LinearAlgebra;

namespace Calculus.Taylor;

/// <summary>f(x) ≈ f(a) + ∇f(a)·(x − a) + ½(x − a)ᵀH(a)(x − a): the zeroth-, first- and second-order Taylor approximations of f: Rⁿ → R about a.</summary>
/// <remarks>
/// The gradient ∇f(a) and the Hessian H(a) come from forward-mode automatic differentiation, exact to rounding.
/// Write f once over <see cref="IScalar{TSelf}"/>, <c>static T F&lt;T&gt;(T[] p) where T : IScalar&lt;T&gt; =&gt; Exp(p[0]) * Sin(p[1]);</c>,
/// then <c>TaylorApproximation.About(F&lt;HyperDual&gt;, [0, Math.PI / 2])</c>, or pass a lambda:
/// <c>TaylorApproximation.About(p =&gt; Exp(p[0]) * Sin(p[1]), [0, Math.PI / 2])</c>.
/// </remarks>
public sealed class TaylorApproximation
{
    private readonly Vector<double> _point;
    private readonly Vector<double> _gradient;
    private readonly Matrix<double> _hessian;

    private TaylorApproximation(Vector<double> point, double value, Vector<double> gradient, Matrix<double> hessian)
    {
        _point = point;
        Value = value;
        _gradient = gradient;
        _hessian = hessian;
    }

    /// <summary>a, the point the approximations are built about (a copy).</summary>
    public Vector<double> Point => _point.Clone();

    /// <summary>n, the number of variables.</summary>
    public int Dimension => _point.Count;

    /// <summary>f(a), the zeroth-order approximation.</summary>
    public double Value { get; }

    /// <summary>∇f(a) = (∂f/∂x₁, …, ∂f/∂xₙ) at a (a copy).</summary>
    public Vector<double> Gradient => _gradient.Clone();

    /// <summary>J(a) = ∇f(a)ᵀ, the Jacobian of a scalar function: the gradient as a 1 × n row.</summary>
    public Matrix<double> Jacobian => _gradient.ToRowMatrix();

    /// <summary>H(a), Hᵢⱼ = ∂²f/∂xᵢ∂xⱼ at a (a copy).</summary>
    public Matrix<double> Hessian => _hessian.Clone();

    /// <summary>f(a), ∇f(a) and H(a) from f written over <see cref="IScalar{TSelf}"/> and passed once, run on hyper-dual numbers.</summary>
    /// <remarks>The gradient comes from the same function: a hyper-dual number with no ε₂ part is a dual number.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="f"/> or <paramref name="a"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="a"/> is empty or not finite, f reads past its end, or f, its
    /// gradient or its Hessian is not finite at a.</exception>
    public static TaylorApproximation About(Func<HyperDual[], HyperDual> f, IReadOnlyList<double> a)
    {
        ArgumentNullException.ThrowIfNull(f);
        return About(OnDuals(f), f, a);
    }

    /// <summary>f(a) and ∇f(a) from f on dual numbers (ForwardMode.Gradient), H(a) from the same f on hyper-duals (ForwardMode.Hessian).</summary>
    /// <param name="f">f on dual numbers, e.g. <c>F&lt;Dual&gt;</c>.</param>
    /// <param name="sameFOnHyperDuals">The same f on hyper-dual numbers, e.g. <c>F&lt;HyperDual&gt;</c>.</param>
    /// <param name="a">The point a.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="a"/> is empty or not finite, f reads past its end, or f, its
    /// gradient or its Hessian is not finite at a.</exception>
    public static TaylorApproximation About(Func<Dual[], Dual> f, Func<HyperDual[], HyperDual> sameFOnHyperDuals, IReadOnlyList<double> a)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(sameFOnHyperDuals);
        ArgumentNullException.ThrowIfNull(a);
        var point = Vector<double>.Build.DenseOfEnumerable(Check.Point(a, nameof(a)));
        var value = Check.Evaluate(() => f(Array.ConvertAll(point.ToArray(), Dual.Constant)), point.Count).Value;
        TaylorCheck.FiniteDerivatives([value], "f(a)", a);
        var gradient = ForwardMode.Gradient(f, a);
        TaylorCheck.FiniteDerivatives(gradient, "the gradient ∇f(a)", a);
        var hessian = ForwardMode.Hessian(sameFOnHyperDuals, a);
        TaylorCheck.FiniteDerivatives(hessian.Enumerate(), "the Hessian H(a)", a);
        return new TaylorApproximation(point, value, gradient, hessian);
    }

    /// <summary>f(x) ≈ f(a), the zeroth-order approximation: a flat plane at the height of f at a.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="x"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="x"/> has a different number of coordinates from a.</exception>
    public double ZerothOrder(IReadOnlyList<double> x)
    {
        TaylorCheck.SameDimension(x, Dimension, nameof(x));
        return Value;
    }

    /// <summary>f(x) ≈ f(a) + ∇f(a)·(x − a), the first-order approximation: the tangent plane at a.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="x"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="x"/> has a different number of coordinates from a.</exception>
    public double FirstOrder(IReadOnlyList<double> x)
    {
        var step = Step(x);
        return Value + _gradient.DotProduct(step);
    }

    /// <summary>f(x) ≈ f(a) + ∇f(a)·(x − a) + ½(x − a)ᵀH(a)(x − a), the second-order approximation: a quadratic surface.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="x"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="x"/> has a different number of coordinates from a.</exception>
    public double SecondOrder(IReadOnlyList<double> x)
    {
        var step = Step(x);
        return Value + _gradient.DotProduct(step) + (0.5 * step.DotProduct(_hessian * step));
    }

    /// <summary>The approximation of the order given, 0, 1 or 2, at x: f(a) + ∇f(a)·(x − a) + ½(x − a)ᵀH(a)(x − a) cut off after that order.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="x"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="x"/> has a different number of coordinates from a.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="order"/> is not 0, 1 or 2.</exception>
    public double Evaluate(IReadOnlyList<double> x, int order) => order switch
    {
        0 => ZerothOrder(x),
        1 => FirstOrder(x),
        2 => SecondOrder(x),
        _ => throw new ArgumentOutOfRangeException(nameof(order), order, "The approximations go up to the Hessian: order 0, 1 or 2."),
    };

    /// <summary>x − a, once x is checked to have as many coordinates as a.</summary>
    private Vector<double> Step(IReadOnlyList<double> x) =>
        Vector<double>.Build.DenseOfArray(TaylorCheck.SameDimension(x, Dimension, nameof(x))) - _point;

    /// <summary>f as a function of dual numbers: a hyper-dual a + bε₁ with no ε₂ part carries f and its derivative as a + bε does.</summary>
    private static Func<Dual[], Dual> OnDuals(Func<HyperDual[], HyperDual> f) => x =>
    {
        var result = f(Array.ConvertAll(x, dual => new HyperDual(dual.Value, dual.Derivative, 0, 0)));
        return new Dual(result.Value, result.E1);
    };
}
