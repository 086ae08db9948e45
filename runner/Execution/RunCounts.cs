namespace Runner.Execution;

/// <summary>How many of a notebook's C# cells ran, were skipped by their <c>skip-execution</c> tag, or were not reached after a timeout or crash.</summary>
public sealed record RunCounts(int Run, int Skipped, int NotRun);
