namespace Calculus;

/// <summary>
/// A number type that a function can be written over once and then evaluated in four ways: as a plain value
/// (<see cref="Real"/>), as a dual number (forward-mode automatic differentiation), as a variable on a tape
/// (reverse mode), or as a symbolic expression. Write <c>T F&lt;T&gt;(T x) where T : IScalar&lt;T&gt;</c> with
/// ordinary operators and <see cref="Elementary"/> functions, then call <c>F&lt;Real&gt;</c>, <c>F&lt;Dual&gt;</c>, <c>F&lt;TapeVariable&gt;</c> or <c>F&lt;Expr&gt;</c>.
/// </summary>
/// <typeparam name="TSelf">The implementing type.</typeparam>
public interface IScalar<TSelf>
    where TSelf : IScalar<TSelf>
{
    /// <summary>A constant c of this type (its derivative is 0).</summary>
    static abstract TSelf Constant(double value);

    /// <summary>a + b.</summary>
    static abstract TSelf operator +(TSelf a, TSelf b);

    /// <summary>a + c.</summary>
    static abstract TSelf operator +(TSelf a, double c);

    /// <summary>c + a.</summary>
    static abstract TSelf operator +(double c, TSelf a);

    /// <summary>a − b.</summary>
    static abstract TSelf operator -(TSelf a, TSelf b);

    /// <summary>a − c.</summary>
    static abstract TSelf operator -(TSelf a, double c);

    /// <summary>c − a.</summary>
    static abstract TSelf operator -(double c, TSelf a);

    /// <summary>−a.</summary>
    static abstract TSelf operator -(TSelf a);

    /// <summary>a · b.</summary>
    static abstract TSelf operator *(TSelf a, TSelf b);

    /// <summary>a · c.</summary>
    static abstract TSelf operator *(TSelf a, double c);

    /// <summary>c · a.</summary>
    static abstract TSelf operator *(double c, TSelf a);

    /// <summary>a / b.</summary>
    static abstract TSelf operator /(TSelf a, TSelf b);

    /// <summary>a / c.</summary>
    static abstract TSelf operator /(TSelf a, double c);

    /// <summary>c / a.</summary>
    static abstract TSelf operator /(double c, TSelf a);

    /// <summary>xⁿ for a constant exponent n.</summary>
    static abstract TSelf Pow(TSelf x, double n);

    /// <summary>√x.</summary>
    static abstract TSelf Sqrt(TSelf x);

    /// <summary>eˣ.</summary>
    static abstract TSelf Exp(TSelf x);

    /// <summary>ln x, the natural logarithm.</summary>
    static abstract TSelf Log(TSelf x);

    /// <summary>sin x.</summary>
    static abstract TSelf Sin(TSelf x);

    /// <summary>cos x.</summary>
    static abstract TSelf Cos(TSelf x);

    /// <summary>tan x.</summary>
    static abstract TSelf Tan(TSelf x);
}
