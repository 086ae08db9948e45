using Runner.Engine;

namespace Runner.Worker;

/// <summary>How a cell sent to a worker ended.</summary>
internal enum CellEnding
{
    /// <summary>The cell ran to its end, with or without an error.</summary>
    Completed,

    /// <summary>The cell ran past its timeout and the worker was stopped.</summary>
    TimedOut,

    /// <summary>The worker process died while running the cell (a stack overflow, <c>Environment.Exit</c>).</summary>
    Crashed,
}

/// <summary>
/// The end of one cell in a worker: how it ended; the cell's error when it completed with one; the worker's
/// peak memory; and, when the worker crashed, its exit code and the start of what it wrote to stderr during the cell.
/// </summary>
internal sealed record CellOutcome(CellEnding Ending, ErrorOutput? Error, long PeakWorkingSetBytes, int? ExitCode = null, string? Stderr = null);
