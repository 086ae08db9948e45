namespace Calculus.Symbolic;

/// <summary>A named variable in an expression, such as x, x_1 or theta (which LaTeX shows as θ).</summary>
/// <remarks>Made by <see cref="Expr.Variable(string)"/> or by parsing. Names are ASCII: a Greek letter is written by
/// its name.</remarks>
public sealed class Symbol : Expr
{
    /// <summary>A variable node; the caller has checked that <paramref name="name"/> is a valid identifier.</summary>
    internal Symbol(string name)
    {
        Name = name;
    }

    /// <summary>The variable's name, e.g. "x".</summary>
    public string Name { get; }

    /// <summary>True when <paramref name="other"/> is a variable of the same name.</summary>
    public override bool Equals(Expr? other) => other is Symbol symbol && symbol.Name == Name;

    /// <summary>A hash of the name.</summary>
    public override int GetHashCode() => HashCode.Combine(nameof(Symbol), Name);
}
