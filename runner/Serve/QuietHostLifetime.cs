using Microsoft.Extensions.Hosting;

namespace Runner.Serve;

/// <summary>
/// A host lifetime that neither prints status lines nor listens for Ctrl+C or SIGTERM: the <c>serve</c> command stops
/// the server through its own cancellation, and a server started by a test leaves the test process's signals alone.
/// </summary>
internal sealed class QuietHostLifetime : IHostLifetime
{
    /// <summary>Nothing to wait for before the server starts.</summary>
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Nothing to undo when it stops.</summary>
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
