using Runner.Tests.TestSupport;

namespace Runner.Tests.Notebooks;

/// <summary>Every notebook the runner writes is checked by Jupyter's own validator.</summary>
public sealed class NbformatValidationTests
{
    /// <summary>The fixtures the runner can execute (the others are bad input on purpose).</summary>
    private static readonly string[] s_runnable =
    [
        "state.ipynb", "runtime-error-keeps-state.ipynb", "compile-error.ipynb", "hang.ipynb", "healthy.ipynb",
        "stack-overflow.ipynb", "environment-exit.ipynb", "raises-exception-without-raising.ipynb",
        "skip-and-allow-errors.ipynb", "formatters.ipynb",
    ];

    [Fact]
    public void ExecutedCopies_OfEveryRunnableFixture_AreValidNbformat45()
    {
        using var folder = new TempFolder();
        folder.CopyFixtures("notebooks", s_runnable);

        var run = RunnerProcess.Run(folder.Path, "run", "notebooks", "--out", "executed");
        var executed = Directory.GetFiles(folder.File("executed"), "*.ipynb");
        var (exitCode, report) = Nbformat.Validate(executed);

        Assert.Equal(1, run.ExitCode); // Several fixtures fail on purpose; none is bad input.
        Assert.Equal(s_runnable.Length, executed.Length);
        Assert.True(exitCode == 0, report);
        Assert.Equal(s_runnable.Length, report.Split('\n').Count(line => line.StartsWith("VALID 4.5 ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Fixtures_AsCommitted_AreValidNbformat()
    {
        var (exitCode, report) = Nbformat.Validate(s_runnable.Select(Fixtures.PathOf));

        Assert.True(exitCode == 0, report);
    }

    [Fact]
    public void Validate_BrokenNotebook_IsReportedInvalid()
    {
        var (exitCode, report) = Nbformat.Validate([Fixtures.PathOf("malformed.ipynb")]);

        Assert.Equal(1, exitCode);
        Assert.Contains("INVALID", report);
    }
}
