namespace Runner.Worker;

/// <summary>The worker has started and waits for its first cell.</summary>
internal sealed record ReadyMessage : WorkerMessage;
