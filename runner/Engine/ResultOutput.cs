namespace Runner.Engine;

/// <summary>The cell's value (the kernel's <c>ReturnValueProduced</c>): its last expression, in each of its mime types.</summary>
public sealed record ResultOutput(IReadOnlyDictionary<string, string> Data) : CellOutput;
