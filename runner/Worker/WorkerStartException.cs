namespace Runner.Worker;

/// <summary>A worker process could not be started, or did not become ready.</summary>
internal sealed class WorkerStartException(string message) : Exception(message);
