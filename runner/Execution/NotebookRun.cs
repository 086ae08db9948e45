using System.Text.Json.Nodes;
using Runner.Notebooks;

namespace Runner.Execution;

/// <summary>The result of running one notebook: the executed copy, the failures, and what it measured.</summary>
public sealed class NotebookRun
{
    internal NotebookRun(Notebook notebook, JsonObject executed, IReadOnlyList<CellFailure> failures, RunCounts counts, RunMeasurements measurements)
    {
        Notebook = notebook;
        Executed = executed;
        Failures = failures;
        Counts = counts;
        Measurements = measurements;
    }

    public Notebook Notebook { get; }

    /// <summary>The notebook with outputs, execution counts and each cell's start and end times (nbformat 4.5).</summary>
    internal JsonObject Executed { get; }

    public IReadOnlyList<CellFailure> Failures { get; }

    public RunCounts Counts { get; }

    public RunMeasurements Measurements { get; }

    public bool Passed => Failures.Count == 0;
}
