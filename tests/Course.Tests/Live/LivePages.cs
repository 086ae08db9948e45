using System.Text.Json.Nodes;
using Course.Tests.TestSupport;
using Microsoft.Playwright;

namespace Course.Tests.Live;

/// <summary>Drives a live page in the browser as a learner would: wait for C#, fill cells, run them, download the notebook.</summary>
internal static class LivePages
{
    /// <summary>How long starting C# or running a week may take: a bound for a busy CI machine, not a timing.</summary>
    public static readonly float Timeout = (float)TimeSpan.FromMinutes(10).TotalMilliseconds;

    /// <summary>Opens a live page and waits until C# is ready.</summary>
    public static async Task<IPage> OpenAsync(Browser browser, Uri address)
    {
        var page = await browser.Instance.NewPageAsync(new BrowserNewPageOptions { AcceptDownloads = true });
        await page.GotoAsync(address.ToString());
        await page.WaitForFunctionAsync("() => document.getElementById('live-status').dataset.kind === 'ready'", null, new() { Timeout = Timeout });
        return page;
    }

    /// <summary>Presses 'Run all' and waits until every cell has run.</summary>
    public static async Task RunAllAsync(IPage page)
    {
        await page.Locator("#live-run-all").ClickAsync();
        await page.WaitForFunctionAsync(
            "() => [...document.querySelectorAll('section.live')].every(s => s.dataset.state === 'done' || s.dataset.state === 'failed')",
            null,
            new() { Timeout = Timeout, PollingInterval = 500 });
    }

    /// <summary>Puts code into cells' editors, by cell id (cells not named keep theirs).</summary>
    public static Task FillAsync(IPage page, IReadOnlyDictionary<string, string> sources) => page.EvaluateAsync(
        "(sources) => { for (const s of document.querySelectorAll('section.live')) { if (sources[s.dataset.cell] !== undefined) { const t = s.querySelector('textarea'); t.value = sources[s.dataset.cell]; t.dispatchEvent(new Event('input')); } } }",
        sources);

    /// <summary>Downloads the notebook into <paramref name="path"/> and gives back its cells.</summary>
    public static async Task<JsonArray> DownloadAsync(IPage page, string path)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#live-download").ClickAsync());
        await download.SaveAsAsync(path);
        return JsonNode.Parse(await File.ReadAllTextAsync(path))!["cells"]!.AsArray();
    }

    /// <summary>The code cells of a week's instructor notebook by id, without the solution markers: every exercise solved.</summary>
    public static IReadOnlyDictionary<string, string> Solutions(string week)
    {
        var notebook = JsonNode.Parse(File.ReadAllText(Path.Combine(Repository.Root, "notebooks", $"{week}.solution.ipynb")))!;
        return notebook["cells"]!.AsArray()
            .Where(cell => (string?)cell!["cell_type"] == "code")
            .ToDictionary(
                cell => (string)cell!["id"]!,
                cell => string.Join('\n', string.Concat(cell!["source"]!.AsArray().Select(line => (string?)line)).Split('\n')
                    .Where(line => !line.Contains("// BEGIN SOLUTION", StringComparison.Ordinal) && !line.Contains("// END SOLUTION", StringComparison.Ordinal))));
    }
}
