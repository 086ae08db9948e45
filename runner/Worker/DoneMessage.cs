using Runner.Engine;

namespace Runner.Worker;

/// <summary>Cell <paramref name="Cell"/> has finished, with its error if it had one, and the worker's peak memory so far.</summary>
internal sealed record DoneMessage(int Cell, ErrorOutput? Error, long PeakWorkingSetBytes) : WorkerMessage;
