using System.CommandLine;
using Microsoft.AspNetCore.Connections;
using Runner.Serve;
using Spectre.Console;

namespace Runner.Cli;

/// <summary><c>serve [--port N] [--root DIR]</c>: serves the exported site on 127.0.0.1 until Ctrl+C or SIGTERM.</summary>
internal static class ServeCommand
{
    /// <summary>The port when none is given (0 asks the system for a free one).</summary>
    public const int DefaultPort = 5170;

    private const int HighestPort = 65535;

    public static Command Create()
    {
        var port = new Option<int>("--port")
        {
            Description = "Port on 127.0.0.1 (0 picks a free one).",
            DefaultValueFactory = _ => DefaultPort,
        };
        port.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 0 or > HighestPort)
            {
                r.AddError($"--port must be from 0 to {HighestPort}.");
            }
        });
        var root = new Option<string>("--root")
        {
            Description = "Folder to serve: the site 'runner export' writes.",
            DefaultValueFactory = _ => ExportCommand.DefaultSiteFolder,
        };
        var command = new Command("serve", "Serves the exported site at http://127.0.0.1:PORT/ (for the pages that need a web server) until Ctrl+C.")
        {
            port, root,
        };
        command.SetAction((parsed, cancellation) => ExecuteAsync(parsed.GetValue(root) ?? ExportCommand.DefaultSiteFolder, parsed.GetValue(port), cancellation));
        return command;
    }

    /// <summary>Serves <paramref name="root"/> until <paramref name="cancellation"/> (Ctrl+C, SIGTERM); stopping that way is a success.</summary>
    public static async Task<int> ExecuteAsync(string root, int port, CancellationToken cancellation)
    {
        // System.CommandLine starts listening for Ctrl+C and SIGTERM only once the action first yields: yield before the
        // server starts, so a signal sent as soon as the address is printed stops it instead of killing the process.
        await Task.Yield();
        var console = AnsiConsole.Console;
        if (!Directory.Exists(root))
        {
            console.MarkupLine($"[red]CANNOT SERVE[/] {Markup.Escape(root)}: no such folder ({Markup.Escape(Path.GetFullPath(root))}). Run 'runner export' first to write the site, or name the folder with --root.");
            return ExitCodes.BadInput;
        }

        SiteServer server;
        try
        {
            server = await SiteServer.StartAsync(root, port, cancellation).ConfigureAwait(false);
        }
        catch (IOException e) when (e.InnerException is AddressInUseException)
        {
            console.MarkupLine($"[red]CANNOT SERVE[/] on port {port}: another program is using it. Stop it, or choose another port with --port (0 picks a free one).");
            return ExitCodes.BadInput;
        }
        catch (IOException e)
        {
            console.MarkupLine($"[red]CANNOT SERVE[/] on port {port}: {Markup.Escape(e.InnerException?.Message ?? e.Message)}");
            return ExitCodes.BadInput;
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            return ExitCodes.Success;
        }

        await using (server.ConfigureAwait(false))
        {
            // One line, never wrapped: tests and scripts read the address from it.
            console.Profile.Out.Writer.WriteLine($"Serving {root} at {server.Address} (Ctrl+C stops)");
            console.Profile.Out.Writer.Flush();
            try
            {
                await Task.Delay(Timeout.Infinite, cancellation).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C or SIGTERM: the normal way to stop a server.
            }
        }

        return ExitCodes.Success;
    }
}
