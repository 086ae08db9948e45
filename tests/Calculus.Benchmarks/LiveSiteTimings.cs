using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Runner.Export;
using Runner.Notebooks;
using Runner.Serve;

namespace Calculus.Benchmarks;

/// <summary>
/// Measures the live course as a learner meets it, in Debian's Chromium against the runner's own server, on this machine:
/// bytes transferred on a first visit and on the next page, time to C# ready and to the first output (cold: a new
/// browser profile), each later cell's round trip (warm), and the whole of week 3 with its exercises solved, beside
/// the runner's time for the same cells. Run with <c>dotnet run --project tests/Calculus.Benchmarks -c Release -- live [runs]</c>.
/// </summary>
internal static class LiveSiteTimings
{
    private const string WeekOne = "01-what-is-calculus";
    private const string WeekTwo = "02-multivariate-calculus";
    private const string WeekThree = "03-chain-rule-and-neural-networks";

    public static async Task<int> ReportAsync(string[] args)
    {
        var runs = args.Length > 0 && int.TryParse(args[0], out var n) ? n : 3;
        var root = FindRepository();
        var site = Directory.CreateTempSubdirectory("live-bench-").FullName;
        var notebooks = Directory.GetFiles(Path.Combine(root, "notebooks"), "*.solution.ipynb").Order(StringComparer.Ordinal).ToList();
        var pages = notebooks.Select(path => new SiteExporter.Page(NotebookReader.Read(path).Json, path)).ToList();
        SiteExporter.Export(pages, site, SiteAssets.Local, live: true);
        await using var server = await SiteServer.StartAsync(site, 0, CancellationToken.None);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Args = ["--no-sandbox", "--disable-gpu", "--use-angle=swiftshader", "--enable-unsafe-swiftshader", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });

        Console.WriteLine($"Live course, served by runner serve on 127.0.0.1, Chromium headless, {Environment.ProcessorCount} cores; {runs} cold run(s).");
        var cold = new List<(double Ready, double FirstOutput, long FirstBytes, long NextBytes, int Requests, int NextRequests)>();
        var warm = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            // A new context is a new profile: empty cache and storage.
            await using var context = await browser.NewContextAsync();
            var page = await context.NewPageAsync();
            var bytes = new ByteCounter(page);
            await page.GotoAsync(new Uri(server.Address, $"{WeekOne}.live.html").ToString());
            await page.Locator("#live-run-all").ClickAsync(new LocatorClickOptions { Timeout = 120_000 });
            await WaitForAllCellsAsync(page);
            var ready = await page.EvaluateAsync<double>("() => window.liveReadyMilliseconds");
            var firstOutput = await page.EvaluateAsync<double>("() => window.liveFirstOutputMilliseconds");
            var times = (await page.EvaluateAsync<JsonElement>("() => window.liveCellTimes")).EnumerateArray().Select(t => t.GetProperty("milliseconds").GetDouble()).ToList();
            warm.AddRange(times.Skip(4)); // after the setup cells and the first data cell, which compile code paths for the first time
            var (firstBytes, requests) = await bytes.TotalAsync();

            var next = new ByteCounter(page);
            await page.GotoAsync(new Uri(server.Address, $"{WeekTwo}.live.html").ToString());
            await page.WaitForFunctionAsync("() => document.getElementById('live-status').dataset.kind === 'ready'", null, new() { Timeout = 120_000 });
            var (nextBytes, nextRequests) = await next.TotalAsync();
            cold.Add((ready, firstOutput, firstBytes, nextBytes, requests, nextRequests));
            Console.WriteLine($"  run {run + 1}: C# ready {ready / 1000:F2} s after navigation, first output {firstOutput / 1000:F2} s; first visit {firstBytes / 1e6:F2} MB in {requests} responses; next page {nextBytes / 1e6:F3} MB in {nextRequests}");
        }

        warm.Sort();
        Console.WriteLine($"Cold: C# ready median {Median(cold.Select(c => c.Ready)) / 1000:F2} s, first output median {Median(cold.Select(c => c.FirstOutput)) / 1000:F2} s (budget 4 s).");
        Console.WriteLine($"Transferred: first visit median {Median(cold.Select(c => (double)c.FirstBytes)) / 1e6:F2} MB (budget 12 MB), next page {Median(cold.Select(c => (double)c.NextBytes)) / 1e6:F3} MB.");
        Console.WriteLine($"Warm cells of week 1 ({warm.Count}): median {Median(warm):F0} ms, 90th percentile {warm[(int)(0.9 * (warm.Count - 1))]:F0} ms, slowest {warm[^1]:F0} ms (budget 300 ms a cell).");

        await WeekThreeAsync(browser, server, root);
        return 0;
    }

    /// <summary>Week 3 with every exercise solved (from the instructor notebook), against the runner's times for the same cells.</summary>
    private static async Task WeekThreeAsync(IBrowser browser, SiteServer server, string root)
    {
        var solution = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(root, "notebooks", $"{WeekThree}.solution.ipynb")))!;
        var sources = solution["cells"]!.AsArray()
            .Where(cell => (string?)cell!["cell_type"] == "code")
            .ToDictionary(cell => (string)cell!["id"]!, cell => string.Join('\n', (MultilineText.Read(cell!["source"]) ?? string.Empty).Split('\n').Where(line => !line.Contains("// BEGIN SOLUTION") && !line.Contains("// END SOLUTION"))));
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(server.Address, $"{WeekThree}.live.html?timelimit=600").ToString());
        await page.WaitForFunctionAsync("() => document.getElementById('live-status').dataset.kind === 'ready'", null, new() { Timeout = 120_000 });
        await page.EvaluateAsync("(sources) => { for (const s of document.querySelectorAll('section.live')) { if (sources[s.dataset.cell] !== undefined) s.querySelector('textarea').value = sources[s.dataset.cell]; } }", sources);
        var clock = Stopwatch.StartNew();
        await page.Locator("#live-run-all").ClickAsync();
        await WaitForAllCellsAsync(page);
        var failed = await page.EvaluateAsync<int>("() => document.querySelectorAll('section.live[data-state=failed]').length");
        var live = (await page.EvaluateAsync<JsonElement>("() => window.liveCellTimes")).EnumerateArray()
            .ToDictionary(t => t.GetProperty("id").GetString()!, t => t.GetProperty("milliseconds").GetDouble());
        Console.WriteLine($"Week 3, every exercise solved, run all: {clock.Elapsed.TotalSeconds:F1} s live, {failed} cell(s) failed.");

        // The runner's times for the same cells, from the instructor notebook executed in the kernel.
        var executed = Path.Combine(Path.GetTempPath(), $"live-bench-week3-{Guid.NewGuid():N}");
        var run = Process.Start(new ProcessStartInfo("dotnet", ["run", "--project", Path.Combine(root, "runner"), "-c", "Release", "--no-build", "--", "run", "--out", executed, Path.Combine(root, "notebooks", $"{WeekThree}.solution.ipynb")]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        await run.StandardOutput.ReadToEndAsync();
        await run.WaitForExitAsync();
        var kernel = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(executed, $"{WeekThree}.solution.ipynb")))!["cells"]!.AsArray()
            .Where(cell => cell!["metadata"]?["execution"] is JsonObject)
            .ToDictionary(cell => (string)cell!["id"]!, cell => Seconds(cell!["metadata"]!["execution"]!.AsObject()));
        Console.WriteLine("  slowest cells live, and the same cells in the runner's kernel:");
        foreach (var (id, milliseconds) in live.OrderByDescending(pair => pair.Value).Take(5))
        {
            Console.WriteLine($"    {id,-28} live {milliseconds / 1000,6:F2} s   kernel {(kernel.TryGetValue(id, out var s) ? $"{s,6:F2} s" : "     ?")}");
        }

        Console.WriteLine($"  all cells: live {live.Values.Sum() / 1000:F1} s, kernel {kernel.Values.Sum():F1} s.");
    }

    private static double Seconds(JsonObject execution) =>
        (DateTimeOffset.Parse((string)execution["shell.execute_reply"]!, System.Globalization.CultureInfo.InvariantCulture)
         - DateTimeOffset.Parse((string)execution["iopub.execute_input"]!, System.Globalization.CultureInfo.InvariantCulture)).TotalSeconds;

    private static Task WaitForAllCellsAsync(IPage page) => page.WaitForFunctionAsync(
        "() => [...document.querySelectorAll('section.live')].every(s => s.dataset.state === 'done' || s.dataset.state === 'failed')",
        null,
        new() { Timeout = 1_800_000, PollingInterval = 200 });

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? double.NaN : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string FindRepository()
    {
        var folder = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(folder, "MultivariateCalculus.slnx")))
        {
            folder = Path.GetDirectoryName(folder) ?? throw new InvalidOperationException("Run from inside the repository.");
        }

        return folder;
    }

    /// <summary>Adds up the bytes each response's body took on the wire (compressed as sent), including the engine worker's requests.</summary>
    private sealed class ByteCounter
    {
        private readonly List<IResponse> _responses = [];

        public ByteCounter(IPage page)
        {
            page.Response += (_, response) => _responses.Add(response);
        }

        public async Task<(long Bytes, int Responses)> TotalAsync()
        {
            long total = 0;
            foreach (var response in _responses.ToList())
            {
                var sizes = await response.Request.SizesAsync();
                total += sizes.ResponseBodySize + sizes.ResponseHeadersSize;
            }

            return (total, _responses.Count);
        }
    }
}
