using Runner.Execution;

namespace Runner.Cli;

/// <summary>What <c>run</c> was asked to do.</summary>
/// <param name="Paths">Notebooks and folders; none means the main job's instructor notebooks.</param>
/// <param name="OutDirectory">Where executed copies go, unless <paramref name="InPlace"/>.</param>
/// <param name="Timeout">A cell's timeout when its notebook sets none.</param>
/// <param name="InPlace">Executed copies replace their sources.</param>
internal sealed record RunSettings(IReadOnlyList<string> Paths, string OutDirectory, TimeSpan Timeout, bool InPlace)
{
    public const string DefaultNotebooksFolder = "notebooks";
    public static readonly string DefaultOutDirectory = Path.Combine("out", "notebooks");

    /// <summary>Notebooks run at once unless <c>--parallel</c> says otherwise: one per core.</summary>
    public static int DefaultParallel => Environment.ProcessorCount;

    /// <summary>The main job: every notebook under notebooks/, executed copies in out/notebooks/.</summary>
    public static RunSettings Default => new([], DefaultOutDirectory, NotebookExecutor.DefaultTimeout, InPlace: false);

    /// <summary>How many notebooks run at once, each in its own worker process.</summary>
    public int Parallel { get; init; } = DefaultParallel;

    /// <summary>Where to write a JUnit XML report; null for none.</summary>
    public string? JUnitPath { get; init; }
}
