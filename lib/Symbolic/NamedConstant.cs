namespace Calculus.Symbolic;

/// <summary>A constant kept by name, π (written <c>pi</c>) or Euler's number e, so that 2π prints as 2π.</summary>
/// <remarks>Kept by name rather than as a decimal, so that 2π does not print as 6.283185307179586.</remarks>
public sealed class NamedConstant : Expr
{
    /// <summary>π ≈ 3.14159, the ratio of a circle's circumference to its diameter.</summary>
    internal static readonly NamedConstant PiConstant = new("pi", Math.PI);

    /// <summary>e ≈ 2.71828, the base of the natural logarithm.</summary>
    internal static readonly NamedConstant EulerNumber = new("e", Math.E);

    private NamedConstant(string name, double value)
    {
        Name = name;
        Value = value;
    }

    /// <summary>The constant's name as it is parsed and printed: "pi" or "e".</summary>
    public string Name { get; }

    /// <summary>The constant's value as a double.</summary>
    public double Value { get; }

    /// <summary>True when <paramref name="other"/> is the same constant.</summary>
    public override bool Equals(Expr? other) => other is NamedConstant constant && constant.Name == Name;

    /// <summary>A hash of the name.</summary>
    public override int GetHashCode() => HashCode.Combine(nameof(NamedConstant), Name);
}
