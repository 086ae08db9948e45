namespace Runner.Engine;

/// <summary>A displayed value: the same value rendered in one or more mime types (mime type to text).</summary>
public sealed record DisplayOutput(IReadOnlyDictionary<string, string> Data) : CellOutput;
