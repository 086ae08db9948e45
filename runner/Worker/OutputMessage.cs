using Runner.Engine;

namespace Runner.Worker;

/// <summary>An output of the running cell, sent as soon as the cell produces it.</summary>
internal sealed record OutputMessage(CellOutput Output) : WorkerMessage;
