namespace Runner.Worker;

/// <summary>The runner asks the worker to run one cell: one JSON object per line on the worker's standard input.</summary>
internal sealed record ExecuteRequest(string Code, string CellName);
