using System.CommandLine;
using Runner.Worker;
using Spectre.Console;

namespace Runner.Cli;

/// <summary>The command line: <c>run</c> (also what the program does with no arguments), <c>export</c>, <c>student</c>, <c>serve</c>, <c>bench</c>, and the hidden <c>worker</c>.</summary>
internal static class RunnerCommandLine
{
    public static async Task<int> InvokeAsync(string[] args)
    {
        AnsiConsole.Console = RunnerConsole.CreateForStandardOutput();
        var root = Build();
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                await Console.Error.WriteLineAsync($"runner: {error.Message}").ConfigureAwait(false);
            }

            await Console.Error.WriteLineAsync("Run 'runner --help' for usage.").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }

        return await parsed.InvokeAsync().ConfigureAwait(false);
    }

    public static RootCommand Build()
    {
        var run = RunCommand.Create();
        var root = new RootCommand(
            "Executes the course's C# notebooks headlessly and writes executed copies. " +
            "With no arguments it runs the whole course (every notebook under notebooks/) and exports it as a web site in out/site/.")
        {
            run,
            ExportCommand.Create(),
            StudentCommand.Create(),
            ServeCommand.Create(),
            BenchCommand.Create(),
            CreateWorkerCommand(),
        };
        root.SetAction((_, cancellation) => RunCommand.ExecuteAsync(RunSettings.Default, cancellation, exportSiteTo: ExportCommand.DefaultSiteFolder));
        return root;
    }

    private static Command CreateWorkerCommand()
    {
        var connect = new Option<string>(WorkerCommandLine.ConnectOption)
        {
            Description = "The runner's Unix domain socket.",
            Required = true,
        };
        var worker = new Command(WorkerCommandLine.CommandName, "Runs one notebook's cells sent by 'run' over a socket.")
        {
            connect,
        };
        worker.Hidden = true;
        worker.SetAction(parsed => WorkerHost.RunAsync(parsed.GetValue(connect)!));
        return worker;
    }
}
