using Calculus.Display;

namespace Calculus.Exercises;

/// <summary>
/// Quiet checks of what the prose states (the authors' own checks, not the learner's): passing, they show at most one
/// compact line, "✓ 3 statements checked"; failing, each shows its red block and the cell throws a
/// <see cref="StatementFailedException"/>, so every runner and kernel fails it. End the call with <c>;</c> to show nothing.
/// </summary>
public static class Statements
{
    /// <summary>Confirms every check: <c>Statements.Confirm(Checks.Number("m ≈ 0.77", 0.77, () => m, 0.005), …)</c>.</summary>
    /// <exception cref="StatementFailedException">A check failed; its red block has been shown.</exception>
    public static StatementsChecked Confirm(params CheckResult[] checks)
    {
        ArgumentNullException.ThrowIfNull(checks);
        if (checks.Length == 0)
        {
            throw new ArgumentException("Statements.Confirm needs at least one check.", nameof(checks));
        }

        var failed = checks.Where(c => !c.Passed).ToList();
        foreach (var failure in failed)
        {
            NotebookDisplay.Show(failure);
        }

        return failed.Count == 0 ? new StatementsChecked(checks.Length) : throw new StatementFailedException(failed);
    }

    /// <summary>Confirms that <paramref name="claim"/> holds: <c>Statements.Confirm("the error falls", errors[1] &lt; errors[0])</c>.</summary>
    /// <exception cref="StatementFailedException">The claim is false; its red block has been shown.</exception>
    public static StatementsChecked Confirm(string claim, bool holds, string? detail = null) =>
        Confirm(Checks.True(claim, () => holds, detail));
}
