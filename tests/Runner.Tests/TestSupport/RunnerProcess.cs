using System.Diagnostics;
using Runner.Worker;

namespace Runner.Tests.TestSupport;

/// <summary>Runs the runner's command line as a separate process, as a user or CI would.</summary>
internal static class RunnerProcess
{
    /// <summary>What every run gets unless a test says otherwise: <c>NO_COLOR=1</c>.</summary>
    private static readonly IReadOnlyDictionary<string, string?> s_defaultEnvironment = new Dictionary<string, string?> { ["NO_COLOR"] = "1" };

    public sealed record Result(int ExitCode, string Stdout, string Stderr)
    {
        public string Output => Stdout + Stderr;
    }

    public static Result Run(string workingDirectory, params string[] arguments) =>
        Run(workingDirectory, s_defaultEnvironment, arguments);

    /// <summary>Runs the runner with these environment variables set (a null value removes the variable).</summary>
    public static Result Run(string workingDirectory, IReadOnlyDictionary<string, string?> environment, params string[] arguments)
    {
        using var process = Start(workingDirectory, environment, arguments);
        return WaitFor(process, string.Join(' ', arguments));
    }

    /// <summary>Starts the runner without waiting for it; its output is redirected and must be read or discarded.</summary>
    public static Process Start(string workingDirectory, params string[] arguments) =>
        Start(workingDirectory, s_defaultEnvironment, arguments);

    /// <summary>Starts the runner with these environment variables set (a null value removes the variable).</summary>
    public static Process Start(string workingDirectory, IReadOnlyDictionary<string, string?> environment, params string[] arguments)
    {
        var (fileName, prefix) = WorkerCommandLine.ResolveRunner();
        return StartProcess(workingDirectory, environment, fileName, [.. prefix, .. arguments]);
    }

    /// <summary>
    /// Runs the runner on a terminal of its own: util-linux's <c>script</c> gives it a pseudo-terminal for its input
    /// and output and copies what it writes there, escape sequences included, to the returned <see cref="Result.Stdout"/>.
    /// The terminal turns each "\n" into "\r\n".
    /// </summary>
    public static Result RunOnTerminal(string workingDirectory, IReadOnlyDictionary<string, string?> environment, params string[] arguments)
    {
        Assert.True(
            File.Exists("/usr/bin/script"),
            "Tests of terminal output need util-linux's 'script' (/usr/bin/script, in Debian's bsdutils package) to give the runner a pseudo-terminal.");
        var (fileName, prefix) = WorkerCommandLine.ResolveRunner();
        var command = string.Join(' ', new[] { fileName }.Concat(prefix).Concat(arguments).Select(ShellQuote));
        using var process = StartProcess(workingDirectory, environment, "/usr/bin/script", ["--quiet", "--return", "--command", command, "/dev/null"]);
        return WaitFor(process, string.Join(' ', arguments));
    }

    private static Process StartProcess(string workingDirectory, IReadOnlyDictionary<string, string?> environment, string fileName, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        var process = Process.Start(start)!;
        process.StandardInput.Close();
        return process;
    }

    private static Result WaitFor(Process process, string description)
    {
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"runner {description} did not finish within 3 minutes.");
        }

        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>One word for sh: in single quotes, each single quote closed, escaped and reopened.</summary>
    private static string ShellQuote(string word) => "'" + word.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
