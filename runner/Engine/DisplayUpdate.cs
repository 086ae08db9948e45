namespace Runner.Engine;

/// <summary>
/// A new rendering of a value displayed earlier (the kernel's <c>DisplayedValueUpdated</c>): it replaces the running
/// cell's output with the same <paramref name="DisplayId"/>, or is added as a new output when there is none, as VS Code does.
/// </summary>
public sealed record DisplayUpdate(string DisplayId, IReadOnlyDictionary<string, string> Data) : CellOutput;
