namespace Calculus.Symbolic;

/// <summary>A power base^exponent, such as x², (1 + x)⁻¹ or 2ˣ.</summary>
/// <remarks>Division is a power too: a / b is stored as a · b⁻¹, and printed again as a fraction.</remarks>
public sealed class Power : Expr
{
    private readonly int _hash;

    /// <summary>base^exponent.</summary>
    internal Power(Expr @base, Expr exponent)
    {
        ArgumentNullException.ThrowIfNull(@base);
        ArgumentNullException.ThrowIfNull(exponent);
        Base = @base;
        Exponent = exponent;
        _hash = HashCode.Combine(nameof(Power), @base, exponent);
    }

    /// <summary>The base.</summary>
    public Expr Base { get; }

    /// <summary>The exponent.</summary>
    public Expr Exponent { get; }

    /// <summary>True when <paramref name="other"/> is a power with an equal base and an equal exponent.</summary>
    public override bool Equals(Expr? other) =>
        other is Power power && power._hash == _hash && power.Base.Equals(Base) && power.Exponent.Equals(Exponent);

    /// <summary>A hash of the base and the exponent.</summary>
    public override int GetHashCode() => _hash;
}
