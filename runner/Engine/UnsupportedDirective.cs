namespace Runner.Engine;

/// <summary>A directive in a cell that the runner cannot execute: its 1-based line, its text, and why.</summary>
public sealed record UnsupportedDirective(int Line, string Text, string Reason)
{
    public override string ToString() => $"line {Line}: {Text}: {Reason}";
}
