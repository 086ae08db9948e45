namespace Runner.Engine;

/// <summary>
/// Builds error outputs in the shape VS Code Polyglot Notebooks saves them: <c>ename</c> "Error", <c>evalue</c> the
/// kernel's message (the compiler's diagnostics, or the exception with its stack trace), <c>traceback</c> the same
/// text line by line.
/// </summary>
internal static class ErrorOutputs
{
    public const string ErrorName = "Error";

    /// <summary>An error with <paramref name="message"/>, at <paramref name="line"/> of the cell (counted from 1) when known.</summary>
    public static ErrorOutput FromMessage(string message, int? line = null)
    {
        var lines = message.ReplaceLineEndings("\n").Split('\n');
        var traceback = lines.Select((text, i) => i < lines.Length - 1 ? text + "\n" : text).ToList();
        return new ErrorOutput(ErrorName, string.Concat(traceback), traceback, line);
    }
}
