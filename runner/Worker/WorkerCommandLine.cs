namespace Runner.Worker;

/// <summary>How to start a worker: this program again, with its hidden <c>worker</c> command.</summary>
internal static class WorkerCommandLine
{
    public const string CommandName = "worker";

    /// <summary>The program and arguments that start a worker.</summary>
    public static (string FileName, IReadOnlyList<string> Arguments) Resolve()
    {
        var (fileName, arguments) = ResolveRunner();
        return (fileName, [.. arguments, CommandName]);
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
