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

/// <summary>The end of one cell in a worker: how it ended, its error if any, and the worker's peak memory.</summary>
internal sealed record CellOutcome(CellEnding Ending, ErrorOutput? Error, long PeakWorkingSetBytes);
