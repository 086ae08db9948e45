namespace Runner.Execution;

/// <summary>
/// What a run measured: the whole run's time, the time from starting the worker to the first cell's result
/// (cold start), each cell's round trip, and the worker's peak working set.
/// </summary>
public sealed record RunMeasurements(TimeSpan Duration, TimeSpan? FirstResult, IReadOnlyList<TimeSpan> CellDurations, long PeakWorkingSetBytes);
