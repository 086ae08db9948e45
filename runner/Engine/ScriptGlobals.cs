namespace Runner.Engine;

/// <summary>
/// The globals every cell sees, as in the .NET Interactive C# kernel: <c>display(value)</c>.
/// Public because compiled cells call it.
/// </summary>
public sealed class ScriptGlobals
{
    private readonly Action<object?, string[]> _display;

    internal ScriptGlobals(Action<object?, string[]> display)
    {
        _display = display;
    }

    /// <summary>Displays <paramref name="value"/> as an output of the running cell, in every mime type it has or only in <paramref name="mimeTypes"/>.</summary>
#pragma warning disable IDE1006 // The kernel's name is lower case; notebooks call it as display(x).
    public void display(object? value, params string[] mimeTypes) => _display(value, mimeTypes);
#pragma warning restore IDE1006
}
