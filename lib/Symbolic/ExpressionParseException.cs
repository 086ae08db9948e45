namespace Calculus.Symbolic;

/// <summary>The text given to <see cref="Expr.Parse(string)"/> is not a valid expression.</summary>
/// <remarks>
/// The message says what was expected and shows the input with a caret under the place:
/// <code>
/// Expected ')' to close the '(' at position 3, but the input ended (at position 9):
///   sin(x + 2
///            ^
/// </code>
/// </remarks>
public sealed class ExpressionParseException : FormatException
{
    /// <summary>An error in <paramref name="input"/> at <paramref name="position"/> (0-based), described by <paramref name="reason"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> or <paramref name="reason"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="position"/> is outside 0 to the input's length.</exception>
    public ExpressionParseException(string input, int position, string reason)
        : base(Describe(input, position, reason))
    {
        Input = input;
        Position = position;
        Reason = reason;
    }

    /// <summary>The text that was being parsed.</summary>
    public string Input { get; }

    /// <summary>Where the problem is: a 0-based index into <see cref="Input"/> (its length when the text ended too soon).</summary>
    public int Position { get; }

    /// <summary>What was expected or found, without the picture of the input, e.g. "Unknown function 'foo'".</summary>
    public string Reason { get; }

    private static string Describe(string input, int position, string reason)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(reason);
        ArgumentOutOfRangeException.ThrowIfNegative(position);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(position, input.Length);

        // Tabs and line breaks would push the caret out of line: show them as spaces.
        var shown = new string(input.Select(c => char.IsControl(c) ? ' ' : c).ToArray());
        return $"{reason} (at position {position}):{Environment.NewLine}" +
               $"  {shown}{Environment.NewLine}" +
               $"  {new string(' ', position)}^";
    }
}
