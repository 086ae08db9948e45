using System.Diagnostics;
using System.Text.RegularExpressions;
using Course.Tests.TestSupport;
using Runner.Worker;

namespace Course.Tests.Live;

/// <summary>
/// Week 1's live page, exported by the runner ('export --live', from the instructor notebook, so the page is the learner
/// copy) into a temporary site and served by 'runner serve' on a free port, for the whole class of tests.
/// </summary>
public sealed partial class LiveSiteFixture : IAsyncLifetime
{
    public const string WeekOne = "01-what-is-calculus";

    private Process? _server;

    /// <summary>The site's address, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Address { get; private set; } = null!;

    /// <summary>The temporary folder holding the site (site/) and downloads.</summary>
    public string Folder { get; } = Directory.CreateTempSubdirectory("live-site-").FullName;

    /// <summary>Week 1's live page.</summary>
    public Uri WeekOnePage(string query = "") => new(Address, $"{WeekOne}.live.html{query}");

    public async Task InitializeAsync()
    {
        var site = Path.Combine(Folder, "site");
        var (runner, prefix) = WorkerCommandLine.ResolveRunner();
        var solution = Path.Combine(Repository.Root, "notebooks", $"{WeekOne}.solution.ipynb");
        var export = await ExternalProcess.RunAsync(runner, [.. prefix, "export", "--live", "--out", site, solution], Repository.Root, TimeSpan.FromMinutes(2), new Dictionary<string, string> { ["NO_COLOR"] = "1" });
        Assert.True(export.ExitCode == 0, $"runner export --live failed:\n{export.Everything}");

        var start = new ProcessStartInfo(runner)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Repository.Root,
        };
        foreach (var argument in prefix.Concat(["serve", "--port", "0", "--root", site]))
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["NO_COLOR"] = "1";
        _server = Process.Start(start) ?? throw new InvalidOperationException("runner serve did not start.");
        var firstLine = await _server.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromMinutes(1));
        var match = ServingAt().Match(firstLine ?? string.Empty);
        Assert.True(match.Success, $"runner serve did not say where it serves; it printed: {firstLine}\n{(_server.HasExited ? await _server.StandardError.ReadToEndAsync() : string.Empty)}");
        Address = new Uri(match.Groups["address"].Value);
    }

    public Task DisposeAsync()
    {
        if (_server is { HasExited: false })
        {
            _server.Kill(entireProcessTree: true);
        }

        _server?.Dispose();
        return Task.CompletedTask;
    }

    [GeneratedRegex(@"(?<address>http://127\.0\.0\.1:\d+/)")]
    private static partial Regex ServingAt();
}
