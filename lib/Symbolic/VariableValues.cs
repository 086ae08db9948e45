namespace Calculus.Symbolic;

/// <summary>Turns (name, value) pairs into the table <see cref="Expr.Evaluate(IReadOnlyDictionary{string, double})"/> takes.</summary>
internal static class VariableValues
{
    /// <summary>The pairs as a dictionary; a name given twice is an error.</summary>
    public static IReadOnlyDictionary<string, double> FromPairs((string Name, double Value)[] pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (name, value) in pairs)
        {
            ArgumentNullException.ThrowIfNull(name, nameof(pairs));
            if (!values.TryAdd(name, value))
            {
                throw new ArgumentException($"The variable '{name}' is given a value twice.", nameof(pairs));
            }
        }

        return values;
    }
}
