namespace Runner.Engine;

/// <summary>
/// A displayed value (the kernel's <c>DisplayedValueProduced</c>): the value in each of its mime types (mime type to
/// text), and the id by which a later <see cref="DisplayUpdate"/> replaces it.
/// </summary>
public sealed record DisplayOutput(IReadOnlyDictionary<string, string> Data, string? DisplayId = null) : CellOutput;
