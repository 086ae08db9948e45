using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Runner.Engine;

namespace Runner.Worker;

/// <summary>
/// The runner's side of a worker: a child process (this program's hidden <c>worker</c> command) that runs
/// one notebook's cells. A cell that hangs is stopped by killing the process; a process that dies is
/// reported as the running cell's error. Either way the runner itself goes on.
/// </summary>
internal sealed class WorkerProcess : IDisposable
{
    private const int StderrLimit = 8_000;

    private readonly Process _process;
    private readonly Channel<WorkerMessage> _messages = Channel.CreateUnbounded<WorkerMessage>();
    private readonly StringBuilder _stderr = new();
    private readonly Task _reader;

    private WorkerProcess(Process process)
    {
        _process = process;
        _process.ErrorDataReceived += (_, e) => KeepStderr(e.Data);
        _process.BeginErrorReadLine();
        _reader = Task.Run(ReadMessagesAsync);
    }

    /// <summary>The worker's process id.</summary>
    public int ProcessId => _process.Id;

    /// <summary>Starts a worker in <paramref name="workingDirectory"/> and waits until it is ready.</summary>
    /// <exception cref="WorkerStartException">The process could not be started or did not become ready within <paramref name="timeout"/>.</exception>
    public static async Task<WorkerProcess> StartAsync(string workingDirectory, TimeSpan timeout)
    {
        var (fileName, arguments) = WorkerCommandLine.Resolve();
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
            throw new WorkerStartException($"cannot start '{fileName}': {e.Message}");
        }

        var worker = new WorkerProcess(process);
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            var first = await worker._messages.Reader.ReadAsync(cancel.Token).ConfigureAwait(false);
            if (first is not ReadyMessage)
            {
                throw new WorkerStartException($"the worker sent {first.GetType().Name} before it was ready.");
            }
        }
        catch (Exception e) when (e is OperationCanceledException or ChannelClosedException)
        {
            var why = e is OperationCanceledException ? $"was not ready after {timeout.TotalSeconds:0.#} s" : "exited before it was ready";
            var stderr = worker.StopAndDescribe();
            worker.Dispose();
            throw new WorkerStartException($"the worker process {why}.{stderr}");
        }

        return worker;
    }

    /// <summary>Runs one cell, passing each output to <paramref name="onOutput"/> as it arrives.</summary>
    public async Task<CellOutcome> ExecuteAsync(ExecuteRequest request, TimeSpan timeout, Action<CellOutput> onOutput)
    {
        try
        {
            await _process.StandardInput.WriteLineAsync(JsonSerializer.Serialize(request, WorkerJson.Default.ExecuteRequest)).ConfigureAwait(false);
            await _process.StandardInput.FlushAsync().ConfigureAwait(false);
        }
        catch (IOException)
        {
            return Crashed();
        }

        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            while (true)
            {
                switch (await _messages.Reader.ReadAsync(cancel.Token).ConfigureAwait(false))
                {
                    case OutputMessage output:
                        onOutput(output.Output);
                        break;
                    case DoneMessage done:
                        return new CellOutcome(CellEnding.Completed, done.Error, done.PeakWorkingSetBytes);
                }
            }
        }
        catch (OperationCanceledException)
        {
            Kill();
            var error = ErrorOutputs.FromMessage(
                $"TimeoutException: the cell did not finish within {timeout.TotalSeconds:0.#} s, so its worker process was stopped. " +
                "Later cells were not run. Raise the limit with --timeout or the notebook's metadata.execution.timeout.");
            onOutput(error);
            return new CellOutcome(CellEnding.TimedOut, error, 0);
        }
        catch (ChannelClosedException)
        {
            var outcome = Crashed();
            onOutput(outcome.Error!);
            return outcome;
        }
    }

    /// <summary>Stops the worker and its children at once.</summary>
    public void Kill()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // It has exited already.
        }
    }

    public void Dispose()
    {
        try
        {
            _process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The worker is gone; nothing to close.
        }

        if (!_process.WaitForExit(TimeSpan.FromSeconds(5)))
        {
            Kill();
        }

        _process.Dispose();
    }

    private CellOutcome Crashed()
    {
        var error = ErrorOutputs.FromMessage(
            $"WorkerCrashedException: the worker process running this notebook exited while running this cell. " +
            $"Later cells were not run.{StopAndDescribe()}");
        return new CellOutcome(CellEnding.Crashed, error, 0);
    }

    /// <summary>Waits briefly for the process to end (killing it if need be) and describes how it ended.</summary>
    private string StopAndDescribe()
    {
        if (!_process.WaitForExit(TimeSpan.FromSeconds(10)))
        {
            Kill();
            _process.WaitForExit();
        }

        _process.WaitForExit(); // Drains the asynchronous stderr reader.
        string stderr;
        lock (_stderr)
        {
            stderr = _stderr.ToString().Trim();
        }

        var text = $" Exit code {_process.ExitCode}.";
        return stderr.Length == 0 ? text : $"{text} It wrote:\n{stderr}";
    }

    private void KeepStderr(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_stderr)
        {
            if (_stderr.Length < StderrLimit)
            {
                _stderr.AppendLine(line.Length > 500 ? line[..500] + " ..." : line);
            }
        }
    }

    private async Task ReadMessagesAsync()
    {
        var reader = _process.StandardOutput;
        while (await reader.ReadLineAsync().ConfigureAwait(false) is { } line)
        {
            _messages.Writer.TryWrite(Parse(line));
        }

        _messages.Writer.TryComplete();
    }

    /// <summary>A protocol message, or, for a line that is not one (a cell that wrote to the raw standard output), that text as stdout.</summary>
    private static WorkerMessage Parse(string line)
    {
        if (line.StartsWith('{'))
        {
            try
            {
                if (JsonSerializer.Deserialize(line, WorkerJson.Default.WorkerMessage) is { } message)
                {
                    return message;
                }
            }
            catch (JsonException)
            {
                // Not a protocol message: fall through and keep it as text.
            }
        }

        return new OutputMessage(new StreamOutput(StreamOutput.StandardOutput, line + "\n"));
    }
}
