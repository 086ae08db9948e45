using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace Runner.Serve;

/// <summary>
/// Serves the exported site's folder over HTTP on 127.0.0.1 only (Kestrel, with <see cref="StaticFileHandler"/> answering
/// every request). Logs errors only, to standard error.
/// </summary>
internal sealed class SiteServer : IAsyncDisposable
{
    /// <summary>How long stopping waits for requests under way before closing their connections.</summary>
    private static readonly TimeSpan s_stopTimeout = TimeSpan.FromSeconds(2);

    private readonly WebApplication _app;

    private SiteServer(WebApplication app, string root, Uri address)
    {
        _app = app;
        Root = root;
        Address = address;
    }

    /// <summary>The folder served, a full path.</summary>
    public string Root { get; }

    /// <summary>Where the server listens, with the port it bound: <c>http://127.0.0.1:5170/</c>.</summary>
    public Uri Address { get; }

    /// <summary>Starts serving <paramref name="root"/> on 127.0.0.1:<paramref name="port"/> (0 picks a free port) and returns once it listens.</summary>
    /// <exception cref="DirectoryNotFoundException"><paramref name="root"/> is not a folder.</exception>
    /// <exception cref="IOException">The port cannot be bound; its inner exception is an <c>AddressInUseException</c> when another program has it.</exception>
    public static async Task<SiteServer> StartAsync(string root, int port, CancellationToken cancellation)
    {
        var fullRoot = Path.GetFullPath(root);
        if (!Directory.Exists(fullRoot))
        {
            throw new DirectoryNotFoundException($"No folder {fullRoot}.");
        }

        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ContentRootPath = fullRoot });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(IPAddress.Loopback, port);
        });
        builder.Logging.AddSimpleConsole(console => console.SingleLine = true).SetMinimumLevel(LogLevel.Error);
        // The host logs a failure to start (a port in use) with its stack trace; the caller gets the exception and says it in one line.
        builder.Logging.AddFilter(typeof(IHost).Namespace, LogLevel.None);
        builder.Services.Configure<ConsoleLoggerOptions>(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Services.AddSingleton<IHostLifetime, QuietHostLifetime>();

        var app = builder.Build();
        var handler = new StaticFileHandler(fullRoot);
        app.Run(handler.HandleAsync);
        try
        {
            await app.StartAsync(cancellation).ConfigureAwait(false);
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        var bound = new Uri(app.Urls.First());
        return new SiteServer(app, fullRoot, new Uri($"http://{IPAddress.Loopback}:{bound.Port}/"));
    }

    /// <summary>Stops listening, gives requests under way a moment to finish, and releases the port.</summary>
    public async ValueTask DisposeAsync()
    {
        using (var timeout = new CancellationTokenSource(s_stopTimeout))
        {
            await _app.StopAsync(timeout.Token).ConfigureAwait(false);
        }

        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
