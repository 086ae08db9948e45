namespace Calculus.Symbolic;

/// <summary>A sum of two or more terms, such as x² + 2x + 1.</summary>
/// <remarks>Subtraction is a sum too: a − b is stored as a + (−1)·b, and printed again with a minus sign. A sum never
/// has a sum among its terms: (a + b) + c is a + b + c.</remarks>
public sealed class Sum : Expr
{
    private readonly Expr[] _terms;
    private readonly int _hash;

    /// <summary>A sum of <paramref name="terms"/>, taken as they are (at least two, none of them a sum).</summary>
    internal Sum(IEnumerable<Expr> terms)
    {
        _terms = terms.ToArray();
        if (_terms.Length < 2)
        {
            throw new ArgumentException("A sum needs at least two terms.", nameof(terms));
        }

        var hash = new HashCode();
        hash.Add(nameof(Sum));
        foreach (var term in _terms)
        {
            hash.Add(term);
        }

        _hash = hash.ToHashCode();
    }

    /// <summary>The terms, in order.</summary>
    public IReadOnlyList<Expr> Terms => _terms;

    /// <summary>a + b, with the terms of any sum among them spread out.</summary>
    internal static Expr Of(Expr a, Expr b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var terms = new List<Expr>();
        AddSpreadOut(terms, a);
        AddSpreadOut(terms, b);
        return new Sum(terms);
    }

    /// <summary>True when <paramref name="other"/> is a sum of equal terms in the same order.</summary>
    public override bool Equals(Expr? other) =>
        other is Sum sum && sum._hash == _hash && sum._terms.SequenceEqual(_terms);

    /// <summary>A hash of the terms.</summary>
    public override int GetHashCode() => _hash;

    private static void AddSpreadOut(List<Expr> terms, Expr term)
    {
        if (term is Sum sum)
        {
            terms.AddRange(sum._terms);
        }
        else
        {
            terms.Add(term);
        }
    }
}
