using Runner.Engine;

namespace Runner.Worker;

/// <summary>The cell has finished, with its error if it had one, and the worker's peak memory so far.</summary>
internal sealed record DoneMessage(ErrorOutput? Error, long PeakWorkingSetBytes) : WorkerMessage;
