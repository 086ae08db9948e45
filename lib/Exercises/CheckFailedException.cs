namespace Calculus.Exercises;

/// <summary>
/// Thrown by a failed check in strict mode (<see cref="Checks.StrictVariable"/> set to 1), after the check has shown its
/// red block, so that any notebook executor fails the cell. The message starts with the check's title and gives the
/// details: what was expected, what came out, the hint.
/// </summary>
public sealed class CheckFailedException : Exception
{
    /// <summary>The exception for a failed <paramref name="result"/>.</summary>
    public CheckFailedException(CheckResult result)
        : base($"{result.Title} — not yet right: {string.Join("; ", result.Details)} ({Checks.StrictVariable}=1 makes a failed check an error.)")
    {
        Result = result;
    }

    /// <summary>The failed check.</summary>
    public CheckResult Result { get; }
}
