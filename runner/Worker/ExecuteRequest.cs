namespace Runner.Worker;

/// <summary>The runner asks the worker to run one cell, numbered from 1; one JSON object per line.</summary>
internal sealed record ExecuteRequest(int Cell, string Code);
