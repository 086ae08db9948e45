namespace Calculus.Symbolic;

/// <summary>A number in an expression, such as 3 or 0.5. Always finite.</summary>
public sealed class Number : Expr
{
    /// <summary>The number 0.</summary>
    internal static readonly Number Zero = new(0);

    /// <summary>The number 1.</summary>
    internal static readonly Number One = new(1);

    /// <summary>The number −1.</summary>
    internal static readonly Number MinusOne = new(-1);

    /// <summary>A number node; the caller has checked that <paramref name="value"/> is finite.</summary>
    internal Number(double value)
    {
        // 0.0 == -0.0, but they print differently: keep a single zero.
        Value = value == 0 ? 0.0 : value;
    }

    /// <summary>The number's value.</summary>
    public double Value { get; }

    /// <summary>True when <paramref name="other"/> is the same number.</summary>
    public override bool Equals(Expr? other) => other is Number number && number.Value == Value;

    /// <summary>A hash of the value.</summary>
    public override int GetHashCode() => Value.GetHashCode();
}
