namespace Calculus.Exercises;

/// <summary>
/// Thrown by <see cref="Statements.Confirm(CheckResult[])"/> when a number or claim the prose states does not hold: the
/// notebook says something its own code does not bear out. The message names each failed statement and what came out.
/// </summary>
public sealed class StatementFailedException : Exception
{
    /// <summary>The exception for the failed <paramref name="failures"/>.</summary>
    public StatementFailedException(IReadOnlyList<CheckResult> failures)
        : base("A statement in the text does not hold: " + string.Join(" | ", failures.Select(f => $"{f.Title}: {string.Join("; ", f.Details)}")))
    {
        Failures = failures;
    }

    /// <summary>The failed checks.</summary>
    public IReadOnlyList<CheckResult> Failures { get; }
}
