namespace Microsoft.DotNet.Interactive;

/// <summary>
/// Stands in for the .NET Interactive kernel's <c>Kernel</c> type in the tests: the library looks for a loaded type of
/// this name with a static <c>display(object, params string[])</c>, as in the real kernel, and this one records what
/// it is given instead of publishing it to a cell.
/// </summary>
internal static class Kernel
{
    /// <summary>Every value displayed, with the mime types asked for, in order.</summary>
    public static List<(object Value, string[] MimeTypes)> Displayed { get; } = [];

    /// <summary>Records <paramref name="value"/>; the real one shows it in the running cell.</summary>
#pragma warning disable IDE1006 // The kernel's own name, lower case, is what the library looks for.
    public static object? display(object value, params string[] mimeTypes)
#pragma warning restore IDE1006
    {
        Displayed.Add((value, mimeTypes));
        return null;
    }
}
