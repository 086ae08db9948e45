using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Runner.Engine;

namespace Runner.Worker;

/// <summary>
/// The worker process's side of the protocol: runs the cells it receives on standard input in one
/// <see cref="ScriptSession"/> and reports outputs and results on standard output. It runs in the
/// notebook's folder, which the runner sets as its working directory.
/// </summary>
internal static class WorkerHost
{
    /// <summary>Serves cells until standard input closes; returns the process exit code.</summary>
    public static async Task<int> RunAsync()
    {
        var protocol = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = false };
        var gate = new object();
        void Send(WorkerMessage message)
        {
            lock (gate)
            {
                protocol.WriteLine(JsonSerializer.Serialize(message, WorkerJson.Default.WorkerMessage));
                protocol.Flush();
            }
        }

        // Console text outside any cell must not reach the protocol stream.
        Console.SetOut(Console.Error);

        await ScriptSession.WarmUpAsync().ConfigureAwait(false);
        var session = new ScriptSession(Environment.CurrentDirectory);
        var sink = new ProtocolSink(Send);
        using var input = new StreamReader(Console.OpenStandardInput(), Encoding.UTF8);
        Send(new ReadyMessage());
        while (await input.ReadLineAsync().ConfigureAwait(false) is { } line)
        {
            var request = JsonSerializer.Deserialize(line, WorkerJson.Default.ExecuteRequest)
                ?? throw new InvalidDataException("The runner sent an empty request.");
            var result = await session.ExecuteAsync(request.Code, request.CellName, sink).ConfigureAwait(false);
            using var process = Process.GetCurrentProcess();
            Send(new DoneMessage(result.Error, process.PeakWorkingSet64));
        }

        return 0;
    }

    private sealed class ProtocolSink(Action<WorkerMessage> send) : IOutputSink
    {
        public void Publish(CellOutput output) => send(new OutputMessage(output));
    }
}
