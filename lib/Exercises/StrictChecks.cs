using Calculus.Display;

namespace Calculus.Exercises;

/// <summary>Strict mode: with <see cref="Checks.StrictVariable"/> = 1 a failed check shows its block and then throws.</summary>
internal static class StrictChecks
{
    /// <summary>Whether strict mode is on, read from the environment at every call so that it can be switched at any time.</summary>
    public static bool IsOn =>
        Environment.GetEnvironmentVariable(Checks.StrictVariable)?.Trim() is { } value
        && (value == "1" || value.Equals("true", StringComparison.OrdinalIgnoreCase));

    /// <summary>In strict mode, shows a failed <paramref name="result"/> and throws; otherwise does nothing.</summary>
    /// <exception cref="CheckFailedException"><paramref name="result"/> failed and strict mode is on.</exception>
    public static void Enforce(CheckResult result)
    {
        if (result.Passed || !IsOn)
        {
            return;
        }

        NotebookDisplay.Show(result);
        throw new CheckFailedException(result);
    }
}
