using Runner.Engine;

namespace Runner.Worker;

/// <summary>An output of cell <paramref name="Cell"/>, sent as soon as the cell (or a task it started) produces it.</summary>
internal sealed record OutputMessage(int Cell, CellOutput Output) : WorkerMessage;
