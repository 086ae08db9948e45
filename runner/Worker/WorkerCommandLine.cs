namespace Runner.Worker;

/// <summary>How to start a worker: this program again, with its hidden <c>worker</c> command.</summary>
internal static class WorkerCommandLine
{
    public const string CommandName = "worker";
    public const string ConnectOption = "--connect";

    /// <summary>The program and arguments that start a worker which connects back to <paramref name="socketPath"/>.</summary>
    public static (string FileName, IReadOnlyList<string> Arguments) Resolve(string socketPath)
    {
        var (fileName, arguments) = ResolveRunner();
        return (fileName, [.. arguments, CommandName, ConnectOption, socketPath]);
    }

    /// <summary>How to start this program: its own executable when it has one, else <c>dotnet exec runner.dll</c>.</summary>
    public static (string FileName, IReadOnlyList<string> Arguments) ResolveRunner()
    {
        var assembly = typeof(WorkerCommandLine).Assembly.Location;
        var directory = Path.GetDirectoryName(assembly)!;
        var appHost = Path.Combine(directory, OperatingSystem.IsWindows() ? "runner.exe" : "runner");
        if (File.Exists(appHost))
        {
            return (appHost, []);
        }

        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (string.IsNullOrEmpty(dotnet) || !File.Exists(dotnet))
        {
            dotnet = Environment.ProcessPath is { } current && Path.GetFileNameWithoutExtension(current) == "dotnet" ? current : "dotnet";
        }

        return (dotnet, ["exec", assembly]);
    }
}
