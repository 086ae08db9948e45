namespace Calculus.Symbolic;

/// <summary>An elementary function applied to an argument, such as sin(x²) or exp(−x).</summary>
public sealed class FunctionCall : Expr
{
    private readonly int _hash;

    /// <summary>f(argument).</summary>
    internal FunctionCall(ElementaryFunction function, Expr argument)
    {
        ArgumentNullException.ThrowIfNull(argument);
        Function = function;
        Argument = argument;
        _hash = HashCode.Combine(nameof(FunctionCall), function, argument);
    }

    /// <summary>The function applied.</summary>
    public ElementaryFunction Function { get; }

    /// <summary>The expression the function is applied to.</summary>
    public Expr Argument { get; }

    /// <summary>True when <paramref name="other"/> applies the same function to an equal argument.</summary>
    public override bool Equals(Expr? other) =>
        other is FunctionCall call && call._hash == _hash && call.Function == Function && call.Argument.Equals(Argument);

    /// <summary>A hash of the function and its argument.</summary>
    public override int GetHashCode() => _hash;
}
