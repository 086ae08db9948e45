using System.Diagnostics;
using System.Text.RegularExpressions;
using Course.Tests.TestSupport;
using Runner.Worker;

namespace Course.Tests.Live;

/// <summary>
/// The six weeks' live pages, exported by the runner ('export --live', from the instructor notebooks, so each page is the
/// learner copy) into a temporary site and served by 'runner serve' on a free port, for the whole class of tests.
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
    public Uri WeekOnePage(string query = "") => LivePage(WeekOne, query);

    /// <summary>A week's live page, by its notebook's name (e.g. <c>03-chain-rule-and-neural-networks</c>).</summary>
    public Uri LivePage(string week, string query = "") => new(Address, $"{week}.live.html{query}");

    /// <summary>The six weeks' notebook names, in order.</summary>
    public static IReadOnlyList<string> Weeks { get; } = Directory.GetFiles(Path.Combine(Repository.Root, "notebooks"), "*.solution.ipynb")
        .Select(path => Path.GetFileName(path)[..^".solution.ipynb".Length])
        .Order(StringComparer.Ordinal)
        .ToList();

    public async Task InitializeAsync()
    {
        var site = Path.Combine(Folder, "site");
        var (runner, prefix) = WorkerCommandLine.ResolveRunner();
        var solutions = Weeks.Select(week => Path.Combine(Repository.Root, "notebooks", $"{week}.solution.ipynb"));
        var export = await ExternalProcess.RunAsync(runner, [.. prefix, "export", "--live", "--out", site, .. solutions], Repository.Root, TimeSpan.FromMinutes(2), new Dictionary<string, string> { ["NO_COLOR"] = "1" });
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
