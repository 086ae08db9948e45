using Runner.Execution;

namespace Runner.Cli;

/// <summary>What <c>run</c> was asked to do.</summary>
internal sealed record RunSettings(IReadOnlyList<string> Paths, string OutDirectory, TimeSpan Timeout, bool InPlace)
{
    public const string DefaultNotebooksFolder = "notebooks";
    public static readonly string DefaultOutDirectory = Path.Combine("out", "notebooks");

    /// <summary>The main job: every notebook under notebooks/, executed copies in out/notebooks/.</summary>
    public static RunSettings Default => new([], DefaultOutDirectory, NotebookExecutor.DefaultTimeout, InPlace: false);
}
