using System.Text;

namespace Runner.Engine;

/// <summary>
/// Routes <see cref="Console.Out"/> and <see cref="Console.Error"/> to the cell that is running.
/// The console writers are replaced once per process; which cell receives the text follows the
/// async flow (an <see cref="AsyncLocal{T}"/>), so sessions in one process do not see each other's output.
/// Text is passed on line by line, and whatever is pending when the cell ends or displays a value. A task
/// that a cell started keeps writing to that cell's sink after the cell has ended.
/// </summary>
internal sealed class ConsoleCapture
{
    private static readonly AsyncLocal<ConsoleCapture?> s_current = new();
    private static readonly object s_installLock = new();
    private static bool s_installed;

    private readonly IOutputSink _sink;
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _stderr = new();
    private readonly object _lock = new();

    private ConsoleCapture(IOutputSink sink)
    {
        _sink = sink;
    }

    /// <summary>Starts capturing the console for the current async flow; dispose to stop and flush.</summary>
    public static Scope Begin(IOutputSink sink)
    {
        Install();
        var capture = new ConsoleCapture(sink);
        var previous = s_current.Value;
        s_current.Value = capture;
        return new Scope(capture, previous);
    }

    /// <summary>
    /// The sink of the cell whose flow this is: the running cell, or for a task a cell started, that cell,
    /// even after it has ended. Null outside any cell.
    /// </summary>
    public static IOutputSink? CurrentSink => s_current.Value?._sink;

    /// <summary>Passes on the text written so far, so that it comes before what is published next.</summary>
    public static void FlushCurrent() => s_current.Value?.Flush();

    private static void Install()
    {
        lock (s_installLock)
        {
            if (s_installed)
            {
                return;
            }

            Console.SetOut(new RoutingWriter(Console.Out, StreamOutput.StandardOutput));
            Console.SetError(new RoutingWriter(Console.Error, StreamOutput.StandardError));
            s_installed = true;
        }
    }

    private void Append(string stream, string text)
    {
        lock (_lock)
        {
            var buffer = stream == StreamOutput.StandardOutput ? _stdout : _stderr;
            buffer.Append(text);
            if (text.Contains('\n'))
            {
                FlushBuffer(stream, buffer);
            }
        }
    }

    private void Flush()
    {
        lock (_lock)
        {
            FlushBuffer(StreamOutput.StandardOutput, _stdout);
            FlushBuffer(StreamOutput.StandardError, _stderr);
        }
    }

    private void FlushBuffer(string stream, StringBuilder buffer)
    {
        if (buffer.Length == 0)
        {
            return;
        }

        var text = buffer.ToString();
        buffer.Clear();
        _sink.Publish(new StreamOutput(stream, text));
    }

    /// <summary>Ends a capture: flushes it and restores the capture that was current before.</summary>
    public readonly struct Scope : IDisposable
    {
        private readonly ConsoleCapture _capture;
        private readonly ConsoleCapture? _previous;

        internal Scope(ConsoleCapture capture, ConsoleCapture? previous)
        {
            _capture = capture;
            _previous = previous;
        }

        public void Dispose()
        {
            _capture.Flush();
            s_current.Value = _previous;
        }
    }

    /// <summary>A console writer that sends text to the current capture, or to the real console when there is none.</summary>
    private sealed class RoutingWriter : TextWriter
    {
        private readonly TextWriter _fallback;
        private readonly string _stream;

        public RoutingWriter(TextWriter fallback, string stream)
        {
            _fallback = fallback;
            _stream = stream;
        }

        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => Route(value.ToString());

        public override void Write(string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                Route(value);
            }
        }

        public override void Write(char[] buffer, int index, int count) => Route(new string(buffer, index, count));

        public override void WriteLine(string? value) => Route((value ?? string.Empty) + NewLine);

        public override void Flush()
        {
            var capture = s_current.Value;
            if (capture is null)
            {
                _fallback.Flush();
            }
            else
            {
                capture.Flush();
            }
        }

        private void Route(string text)
        {
            var capture = s_current.Value;
            if (capture is null)
            {
                _fallback.Write(text);
            }
            else
            {
                capture.Append(_stream, text);
            }
        }
    }
}
