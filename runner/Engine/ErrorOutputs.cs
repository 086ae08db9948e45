using System.Diagnostics;
using Microsoft.CodeAnalysis;

namespace Runner.Engine;

/// <summary>
/// Builds error outputs in the shape VS Code Polyglot Notebooks saves them: <c>ename</c> "Error",
/// <c>evalue</c> the message (the compiler's diagnostics, or the exception with its stack trace),
/// <c>traceback</c> the same text line by line.
/// </summary>
internal static class ErrorOutputs
{
    public const string ErrorName = "Error";

    /// <summary>Compile errors, one per line as <c>(line,col): error CSxxxx: message</c>, lines counted within the cell.</summary>
    public static ErrorOutput FromDiagnostics(IEnumerable<Diagnostic> diagnostics, string cellPath)
    {
        int? firstLine = null;
        var lines = new List<string>();
        foreach (var diagnostic in diagnostics)
        {
            var span = diagnostic.Location.GetMappedLineSpan();
            var position = $"({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1})";
            var inCell = !span.IsValid || span.Path == cellPath;
            if (inCell && span.IsValid)
            {
                firstLine ??= span.StartLinePosition.Line + 1;
            }

            var where = inCell ? position : span.Path + position;
            var severity = diagnostic.Severity == DiagnosticSeverity.Error ? "error" : "warning";
            lines.Add($"{where}: {severity} {diagnostic.Id}: {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}");
        }

        return Create(string.Join('\n', lines), firstLine);
    }

    /// <summary>An exception the cell raised, with the line of the cell it came from when the stack trace shows it.</summary>
    public static ErrorOutput FromException(Exception exception, string cellPath)
    {
        var text = string.Join('\n', exception.ToString()
            .ReplaceLineEndings("\n")
            .Split('\n')
            .Where(line => !IsScriptingPlumbing(line)));
        return Create(text, FindLine(exception, cellPath));
    }

    /// <summary>An error that is not the cell's code's own (a directive the runner rejects, a timeout, a crashed worker).</summary>
    public static ErrorOutput FromMessage(string message, int? line = null) => Create(message, line);

    private static ErrorOutput Create(string message, int? line)
    {
        var lines = message.Split('\n');
        var traceback = lines.Select((text, i) => i < lines.Length - 1 ? text + "\n" : text).ToList();
        return new ErrorOutput(ErrorName, message, traceback, line);
    }

    /// <summary>Stack frames of the scripting engine itself, which say nothing about the notebook.</summary>
    private static bool IsScriptingPlumbing(string line)
    {
        var trimmed = line.TrimStart();
        return trimmed.StartsWith("at Microsoft.CodeAnalysis.Scripting.", StringComparison.Ordinal)
            || trimmed.StartsWith("--- End of stack trace from previous location", StringComparison.Ordinal);
    }

    private static int? FindLine(Exception exception, string cellPath)
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            var frames = new StackTrace(current, fNeedFileInfo: true).GetFrames();
            foreach (var frame in frames)
            {
                if (frame.GetFileName() == cellPath && frame.GetFileLineNumber() > 0)
                {
                    return frame.GetFileLineNumber();
                }
            }
        }

        return null;
    }
}
