using System.Diagnostics;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Runner.Engine;

namespace Runner.Worker;

/// <summary>
/// The runner's side of a worker: a child process (this program's hidden <c>worker</c> command) that runs one
/// notebook's cells. Requests and results travel over a Unix domain socket of their own, which processes the
/// cells start do not inherit; the worker's standard output and error are plain text, passed on as the
/// running cell's streams. A cell that hangs is stopped by killing the process; a process that dies is reported
/// as the running cell's outcome. Either way the runner itself goes on.
/// </summary>
internal sealed class WorkerProcess : IDisposable
{
    private const int StderrLimit = 8_000;
    private static readonly TimeSpan s_drainTime = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan s_exitTime = TimeSpan.FromSeconds(5);

    private readonly Process _process;
    private readonly Socket _connection;
    private readonly StreamWriter _requests;
    private readonly Channel<WorkerMessage> _messages = Channel.CreateUnbounded<WorkerMessage>();
    private readonly StringBuilder _stderrHead = new();
    private readonly Task _rawOutput;
    private volatile int _runningCell;

    private WorkerProcess(Process process, Socket connection)
    {
        _process = process;
        _connection = connection;
        var stream = new NetworkStream(connection, ownsSocket: false);
        _requests = new StreamWriter(stream, new UTF8Encoding(false)) { AutoFlush = true };
        _rawOutput = Task.WhenAll(
            Task.Run(() => ForwardRawAsync(_process.StandardOutput, StreamOutput.StandardOutput)),
            Task.Run(() => ForwardRawAsync(_process.StandardError, StreamOutput.StandardError)));
        _ = Task.Run(() => ReadMessagesAsync(new StreamReader(stream, Encoding.UTF8)));
    }

    /// <summary>Starts a worker in <paramref name="workingDirectory"/> and waits until it is ready.</summary>
    /// <exception cref="WorkerStartException">The process could not be started or did not become ready within <paramref name="timeout"/>.</exception>
    public static async Task<WorkerProcess> StartAsync(string workingDirectory, TimeSpan timeout, CancellationToken cancellation)
    {
        var socketPath = Path.Combine(Path.GetTempPath(), $"runner-{Environment.ProcessId}-{Guid.NewGuid():N}.sock");
        using var listener = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        listener.Bind(new UnixDomainSocketEndPoint(socketPath));
        listener.Listen(1);

        var (fileName, arguments) = WorkerCommandLine.Resolve(socketPath);
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new WorkerStartException($"'{fileName}' did not start.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            File.Delete(socketPath);
            throw new WorkerStartException($"cannot start '{fileName}': {e.Message}");
        }

        // Cells read no input: a Console.ReadLine() in a notebook gets end-of-file, not a hang.
        process.StandardInput.Close();

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        deadline.CancelAfter(timeout);
        WorkerProcess? worker = null;
        try
        {
            var accept = listener.AcceptAsync(deadline.Token).AsTask();
            var exited = process.WaitForExitAsync(deadline.Token);
            if (await Task.WhenAny(accept, exited).ConfigureAwait(false) != accept)
            {
                await exited.ConfigureAwait(false);
                throw new WorkerStartException($"the worker process exited (exit code {process.ExitCode}) before it connected: {await process.StandardError.ReadToEndAsync(cancellation).ConfigureAwait(false)}".TrimEnd());
            }

            worker = new WorkerProcess(process, await accept.ConfigureAwait(false));
            if (await worker._messages.Reader.ReadAsync(deadline.Token).ConfigureAwait(false) is not ReadyMessage)
            {
                throw new WorkerStartException("the worker spoke before it was ready.");
            }

            return worker;
        }
        catch (Exception e) when (e is OperationCanceledException or ChannelClosedException && !cancellation.IsCancellationRequested)
        {
            KillTree(process);
            (worker as IDisposable ?? process).Dispose();
            throw new WorkerStartException(e is OperationCanceledException
                ? $"the worker process was not ready after {timeout.TotalSeconds:0.#} s."
                : "the worker process exited before it was ready.");
        }
        catch
        {
            KillTree(process);
            (worker as IDisposable ?? process).Dispose();
            throw;
        }
        finally
        {
            File.Delete(socketPath);
        }
    }

    /// <summary>
    /// Runs one cell, passing each output to <paramref name="onOutput"/> with the number of the cell it belongs to
    /// (a task an earlier cell started may still write). Cancelling <paramref name="cancellation"/> kills the worker.
    /// </summary>
    public async Task<CellOutcome> ExecuteAsync(ExecuteRequest request, TimeSpan timeout, Action<int, CellOutput> onOutput, CancellationToken cancellation)
    {
        _runningCell = request.Cell;
        lock (_stderrHead)
        {
            _stderrHead.Clear();
        }

        try
        {
            await _requests.WriteLineAsync(JsonSerializer.Serialize(request, WorkerJson.Default.ExecuteRequest)).ConfigureAwait(false);
        }
        catch (IOException)
        {
            return await CrashedAsync(onOutput).ConfigureAwait(false);
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        if (timeout != Timeout.InfiniteTimeSpan)
        {
            deadline.CancelAfter(timeout);
        }

        try
        {
            while (true)
            {
                switch (await _messages.Reader.ReadAsync(deadline.Token).ConfigureAwait(false))
                {
                    case OutputMessage output:
                        onOutput(output.Cell, output.Output);
                        break;
                    case DoneMessage done when done.Cell == request.Cell:
                        return new CellOutcome(CellEnding.Completed, done.Error, done.PeakWorkingSetBytes);
                }
            }
        }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
        {
            KillTree(_process);
            await DrainAsync(onOutput).ConfigureAwait(false);
            return new CellOutcome(CellEnding.TimedOut, null, 0);
        }
        catch (OperationCanceledException)
        {
            KillTree(_process);
            throw;
        }
        catch (ChannelClosedException)
        {
            return await CrashedAsync(onOutput).ConfigureAwait(false);
        }
    }

    public void Dispose()
    {
        // The worker exits when its connection closes.
        _connection.Dispose();
        if (!_process.WaitForExit(s_exitTime))
        {
            KillTree(_process);
        }

        _process.Dispose();
    }

    private static void KillTree(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It has exited already.
        }
    }

    private async Task<CellOutcome> CrashedAsync(Action<int, CellOutput> onOutput)
    {
        if (!_process.WaitForExit(s_exitTime))
        {
            KillTree(_process);
            _process.WaitForExit(s_exitTime);
        }

        await DrainAsync(onOutput).ConfigureAwait(false);
        int? exitCode = _process.HasExited ? _process.ExitCode : null;
        string stderr;
        lock (_stderrHead)
        {
            stderr = _stderrHead.ToString().Trim();
        }

        return new CellOutcome(CellEnding.Crashed, null, 0, exitCode, stderr);
    }

    /// <summary>Passes on what the worker sent before it stopped, waiting a little for the last of it.</summary>
    private async Task DrainAsync(Action<int, CellOutput> onOutput)
    {
        using var deadline = new CancellationTokenSource(s_drainTime);
        try
        {
            await foreach (var message in _messages.Reader.ReadAllAsync(deadline.Token).ConfigureAwait(false))
            {
                if (message is OutputMessage output)
                {
                    onOutput(output.Cell, output.Output);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Whatever has not arrived by now is not coming.
        }
    }

    private async Task ReadMessagesAsync(StreamReader reader)
    {
        try
        {
            while (await reader.ReadLineAsync().ConfigureAwait(false) is { } line)
            {
                _messages.Writer.TryWrite(JsonSerializer.Deserialize(line, WorkerJson.Default.WorkerMessage)
                    ?? throw new InvalidDataException("The worker sent an empty message."));
            }
        }
        catch (IOException)
        {
            // The connection broke: the worker is gone.
        }
        catch (ObjectDisposedException)
        {
            // The runner closed the connection.
        }

        // The worker is gone; let its last console text arrive before saying so.
        try
        {
            await _rawOutput.WaitAsync(s_drainTime).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // A process the cell started still holds the worker's console open.
        }

        _messages.Writer.TryComplete();
    }

    /// <summary>Text on the worker's own console (a process a cell started, the runtime's crash report) goes to the running cell.</summary>
    private async Task ForwardRawAsync(StreamReader reader, string stream)
    {
        var buffer = new char[4096];
        int read;
        while ((read = await reader.ReadAsync(buffer).ConfigureAwait(false)) > 0)
        {
            var text = new string(buffer, 0, read);
            if (stream == StreamOutput.StandardError)
            {
                lock (_stderrHead)
                {
                    _stderrHead.Append(text, 0, Math.Min(text.Length, Math.Max(0, StderrLimit - _stderrHead.Length)));
                }
            }

            _messages.Writer.TryWrite(new OutputMessage(_runningCell, new StreamOutput(stream, text)));
        }
    }
}
