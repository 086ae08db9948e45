using System.Diagnostics;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Runner.Engine;

namespace Runner.Worker;

/// <summary>
/// The worker process's side of the protocol: connects to the runner's socket, runs the cells it receives in one
/// <see cref="KernelSession"/> (the .NET Interactive C# kernel) and reports each output and result as it comes. It
/// runs in the notebook's folder, which the runner sets as its working directory (the kernel's too), and exits as
/// soon as the connection closes, even in the middle of a cell, so a worker never outlives its runner.
/// </summary>
internal static class WorkerHost
{
    /// <summary>Serves cells until the runner closes the connection at <paramref name="socketPath"/>.</summary>
    public static async Task<int> RunAsync(string socketPath)
    {
        Console.SetIn(TextReader.Null);
        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        await socket.ConnectAsync(new UnixDomainSocketEndPoint(socketPath)).ConfigureAwait(false);
        var stream = new NetworkStream(socket, ownsSocket: true);
        var writer = new StreamWriter(stream, new UTF8Encoding(false)) { AutoFlush = false };
        var gate = new object();
        void Send(WorkerMessage message)
        {
            lock (gate)
            {
                writer.WriteLine(JsonSerializer.Serialize(message, WorkerJson.Default.WorkerMessage));
                writer.Flush();
            }
        }

        // The compiler warms up on the other core while the kernel is created, and goes on into the first cell, which
        // then compiles with code already jitted: the worker's first result comes about half a second sooner. A failure
        // here would show again, where it matters, in the first cell.
        _ = Task.Run(KernelSession.WarmUpAsync);
        using var session = new KernelSession();
        var requests = Channel.CreateUnbounded<ExecuteRequest>();
        _ = Task.Run(() => ReceiveAsync(new StreamReader(stream, Encoding.UTF8), requests.Writer));
        Send(new ReadyMessage());

        await foreach (var request in requests.Reader.ReadAllAsync().ConfigureAwait(false))
        {
            var sink = new ProtocolSink(request.Cell, Send);
            CellResult result;
            try
            {
                result = await session.ExecuteAsync(request.Code, sink).ConfigureAwait(false);
            }
            catch (Exception e)
            {
                // A fault of the runner itself, not of the cell: still report it as the cell's error.
                var error = ErrorOutputs.FromMessage($"The runner failed while running this cell: {e}");
                sink.Publish(error);
                result = new CellResult(error);
            }

            using var process = Process.GetCurrentProcess();
            Send(new DoneMessage(request.Cell, result.Error, process.PeakWorkingSet64));
        }

        return 0;
    }

    /// <summary>Reads requests; when the runner goes away, ends the process at once, whatever a cell is doing.</summary>
    private static async Task ReceiveAsync(StreamReader reader, ChannelWriter<ExecuteRequest> requests)
    {
        try
        {
            while (await reader.ReadLineAsync().ConfigureAwait(false) is { } line)
            {
                requests.TryWrite(JsonSerializer.Deserialize(line, WorkerJson.Default.ExecuteRequest)
                    ?? throw new InvalidDataException("The runner sent an empty request."));
            }
        }
        catch (IOException)
        {
            // The connection broke: the runner is gone.
        }

        Environment.Exit(0);
    }

    private sealed class ProtocolSink(int cell, Action<WorkerMessage> send) : IOutputSink
    {
        public void Publish(CellOutput output) => send(new OutputMessage(cell, output));
    }
}
