using Runner.Execution;

namespace Runner.Cli;

/// <summary>
/// One test case of a JUnit report: a notebook, by its path as given, and what became of it. It passed when it has
/// no failures, no error and was not skipped.
/// </summary>
/// <param name="Name">The notebook's path as given on the command line.</param>
/// <param name="ClassName">What CI servers group test cases by: the notebook's folder, "." for the current one.</param>
/// <param name="Time">How long the notebook ran.</param>
/// <param name="Failures">Each failing cell, as the runner prints it (notebook, cell, line, error).</param>
/// <param name="Error">Why the notebook could not be run, or its executed copy not written; null when neither happened.</param>
/// <param name="Skipped">Why nothing in the notebook ran (every C# cell is tagged <c>skip-execution</c>); null when something did.</param>
internal sealed record JUnitTestCase(
    string Name, string ClassName, TimeSpan Time, IReadOnlyList<string> Failures, string? Error = null, string? Skipped = null)
{
    /// <summary>A notebook that ran; <paramref name="writeProblem"/> says why its executed copy could not be written, if it could not.</summary>
    public static JUnitTestCase ForRun(NotebookRun run, string? writeProblem) => new(
        run.Notebook.Path,
        FolderOf(run.Notebook.Path),
        run.Measurements.Duration,
        run.Failures.Select(failure => failure.ToString()).ToList(),
        writeProblem,
        run.Passed && run.Counts.Run == 0 && run.Counts.Skipped > 0 ? "every C# cell is tagged skip-execution" : null);

    /// <summary>A notebook that could not be run (not JSON, not nbformat 4, another kernel's cell): <paramref name="problem"/> says why.</summary>
    public static JUnitTestCase ForUnreadable(string path, string problem) => new(path, FolderOf(path), TimeSpan.Zero, [], problem);

    private static string FolderOf(string path) =>
        Path.GetDirectoryName(path) is { Length: > 0 } folder ? folder.Replace(Path.DirectorySeparatorChar, '/') : ".";
}
