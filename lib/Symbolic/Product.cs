namespace Calculus.Symbolic;

/// <summary>A product of two or more factors, such as 3x²·sin(x).</summary>
/// <remarks>A numeric coefficient, when there is one, comes first. A product never has a product among its factors:
/// (a·b)·c is a·b·c.</remarks>
public sealed class Product : Expr
{
    private readonly Expr[] _factors;
    private readonly int _hash;

    /// <summary>A product of <paramref name="factors"/>, taken as they are (at least two, none of them a product).</summary>
    internal Product(IEnumerable<Expr> factors)
    {
        _factors = factors.ToArray();
        if (_factors.Length < 2)
        {
            throw new ArgumentException("A product needs at least two factors.", nameof(factors));
        }

        var hash = new HashCode();
        hash.Add(nameof(Product));
        foreach (var factor in _factors)
        {
            hash.Add(factor);
        }

        _hash = hash.ToHashCode();
    }

    /// <summary>The factors, in order.</summary>
    public IReadOnlyList<Expr> Factors => _factors;

    /// <summary>a · b, with the factors of any product among them spread out.</summary>
    internal static Expr Of(Expr a, Expr b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var factors = new List<Expr>();
        AddSpreadOut(factors, a);
        AddSpreadOut(factors, b);
        return new Product(factors);
    }

    /// <summary>True when <paramref name="other"/> is a product of equal factors in the same order.</summary>
    public override bool Equals(Expr? other) =>
        other is Product product && product._hash == _hash && product._factors.SequenceEqual(_factors);

    /// <summary>A hash of the factors.</summary>
    public override int GetHashCode() => _hash;

    private static void AddSpreadOut(List<Expr> factors, Expr factor)
    {
        if (factor is Product product)
        {
            factors.AddRange(product._factors);
        }
        else
        {
            factors.Add(factor);
        }
    }
}
