namespace Runner.Engine;

/// <summary>Text a cell wrote to the console; <paramref name="Name"/> is "stdout" or "stderr".</summary>
public sealed record StreamOutput(string Name, string Text) : CellOutput
{
    public const string StandardOutput = "stdout";
    public const string StandardError = "stderr";
}
