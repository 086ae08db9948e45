using System.Text.Json.Nodes;
using Course.Tests.TestSupport;
using Microsoft.Playwright;

namespace Course.Tests.Live;

/// <summary>
/// Week 1's live page in a real browser (Debian's Chromium, driven by Playwright) against 'runner serve': C# runs in the
/// page, checks turn green and red, a runaway cell is stopped and the next one runs, edits survive a reload, a figure is
/// drawn, and the downloaded notebook is valid. Fails, never skips, when Chromium is missing.
/// </summary>
[Collection(WholeCourseCollection.Name)]
public sealed class LiveSiteInBrowserTests(LiveSiteFixture site) : IClassFixture<LiveSiteFixture>
{
    /// <summary>How long starting C# and running a few cells may take: a correctness bound for a busy CI machine, not a timing.</summary>
    private static readonly float s_timeout = (float)TimeSpan.FromMinutes(2).TotalMilliseconds;

    [Fact]
    public async Task Exercise_SolutionThenWrongAnswer_TurnsItsCheckGreenThenRedWithTheHint()
    {
        await using var browser = await Browser.LaunchAsync();
        var page = await OpenAsync(browser, site.WeekOnePage());
        await RunAsync(page, "setup", "load");

        await TypeAsync(page, "ex1", Solution("ex1"));
        await RunAsync(page, "ex1", "ex1-check");
        var passed = await OutputTextAsync(page, "ex1-check");
        Assert.Contains("✓ Exercise 1.1", passed);

        await TypeAsync(page, "ex1", "double SecantSlope(Func<double, double> f, double x, double h) => (f(x + h) - f(x)) / (2 * h);");
        await RunAsync(page, "ex1", "ex1-check");
        var failed = await OutputTextAsync(page, "ex1-check");
        Assert.Contains("✗ Exercise 1.1", failed);
        Assert.Contains("a negative h runs to the left", failed);
    }

    [Fact]
    public async Task EndlessLoop_IsStoppedByTheTimeLimit_AndTheNextCellStillRuns()
    {
        await using var browser = await Browser.LaunchAsync();
        var page = await OpenAsync(browser, site.WeekOnePage("?timelimit=2"));
        await RunAsync(page, "setup", "load");

        await TypeAsync(page, "load-data", "while (true) {}");
        await RunAsync(page, "load-data");
        Assert.Contains("stopped after 2 s", await OutputTextAsync(page, "load-data"));

        await page.Locator("section[data-cell='load-data'] button.live-reset").ClickAsync();
        await RunAsync(page, "load-data");
        Assert.Contains("20 measurements", await OutputTextAsync(page, "load-data"));
    }

    [Fact]
    public async Task StopButton_EndsARunawayCell_AndKeepsEarlierVariables()
    {
        await using var browser = await Browser.LaunchAsync();
        var page = await OpenAsync(browser, site.WeekOnePage());
        await RunAsync(page, "setup", "load", "load-data");

        await TypeAsync(page, "data-chart", "while (true) {}");
        await page.Locator("section[data-cell='data-chart'] button.live-run").ClickAsync();
        await page.WaitForFunctionAsync("() => !document.getElementById('live-stop').disabled", null, new() { Timeout = s_timeout });
        await page.Locator("#live-stop").ClickAsync();
        Assert.Contains("Stopped by you", await OutputTextAsync(page, "data-chart"));

        await page.WaitForFunctionAsync("() => document.getElementById('live-status').dataset.kind === 'ready'", null, new() { Timeout = s_timeout });
        await TypeAsync(page, "data-chart", "Console.WriteLine($\"still {xs.Length} points\");");
        await RunAsync(page, "data-chart");
        Assert.Contains("still 20 points", await OutputTextAsync(page, "data-chart"));
    }

    [Fact]
    public async Task Edit_SurvivesAReload_AndResetCellRestoresTheCourseCode()
    {
        await using var browser = await Browser.LaunchAsync();
        var context = await browser.Instance.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.WeekOnePage().ToString());
        await TypeAsync(page, "ex1", "// my own attempt");
        await page.ReloadAsync();

        var editor = page.Locator("section[data-cell='ex1'] textarea");
        Assert.Equal("// my own attempt", await editor.InputValueAsync());
        Assert.True(await page.Locator("section[data-cell='ex1'] .live-edited").IsVisibleAsync());

        await page.Locator("section[data-cell='ex1'] button.live-reset").ClickAsync();
        await page.ReloadAsync();
        Assert.Contains("throw new NotImplementedException(\"Exercise 1.1", await editor.InputValueAsync());
    }

    [Fact]
    public async Task Editor_HighlightsCSharp_AndShiftEnterRunsTheCell()
    {
        await using var browser = await Browser.LaunchAsync();
        var page = await OpenAsync(browser, site.WeekOnePage());
        await RunAsync(page, "setup", "load");

        var editor = page.Locator("section[data-cell='load-data'] .cm-content");
        Assert.False(await page.Locator("section[data-cell='load-data'] textarea").IsVisibleAsync(), "the textarea was not replaced by the editor");
        var keywordColour = await page.EvaluateAsync<string>(
            "() => { const line = document.querySelector(\"section[data-cell='load-data'] .cm-line\"); const span = [...line.querySelectorAll('span')].find(s => s.textContent === 'var'); return span ? getComputedStyle(span).color : ''; }");
        var plainColour = await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector(\"section[data-cell='load-data'] .cm-content\")).color");
        Assert.False(string.IsNullOrEmpty(keywordColour), "the keyword 'var' is not a highlighted token");
        Assert.NotEqual(plainColour, keywordColour);

        await editor.ClickAsync();
        await page.Keyboard.PressAsync("Shift+Enter");
        await page.WaitForFunctionAsync(
            "() => document.querySelector(\"section[data-cell='load-data'] .live-outputs\").innerText.includes('20 measurements')", null, new() { Timeout = s_timeout });
        Assert.Equal("var", await page.EvaluateAsync<string>("() => document.querySelector(\"section[data-cell='load-data'] textarea\").value.slice(0, 3)"));
    }

    [Fact]
    public async Task ChartCell_IsDrawnByPlotly()
    {
        await using var browser = await Browser.LaunchAsync();
        var page = await OpenAsync(browser, site.WeekOnePage());
        await RunAsync(page, "setup", "load", "load-data", "data-chart");
        await page.WaitForSelectorAsync("section[data-cell='data-chart'] .live-outputs .plotly-figure .main-svg", new() { Timeout = s_timeout });
        Assert.Equal(1, await page.Locator("section[data-cell='data-chart'] .live-outputs .plotly-figure").CountAsync());
    }

    [Fact]
    public async Task Download_GivesAValidNotebookWithTheLearnersCodeAndOutputs()
    {
        await using var browser = await Browser.LaunchAsync();
        var page = await OpenAsync(browser, site.WeekOnePage());
        await RunAsync(page, "setup", "load", "load-data");
        await TypeAsync(page, "ex1", Solution("ex1"));

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#live-download").ClickAsync());
        Assert.Equal($"{LiveSiteFixture.WeekOne}.ipynb", download.SuggestedFilename);
        var path = Path.Combine(site.Folder, $"download-{Guid.NewGuid():N}.ipynb");
        await download.SaveAsAsync(path);

        var validation = await ExternalProcess.RunAsync(
            "/usr/bin/python3",
            ["-c", "import sys, nbformat; nbformat.validate(nbformat.read(sys.argv[1], as_version=4)); print('valid')", path],
            site.Folder,
            TimeSpan.FromMinutes(1));
        Assert.True(validation.ExitCode == 0 && validation.Output.Contains("valid"), $"nbformat rejected the download:\n{validation.Everything}");

        var cells = JsonNode.Parse(await File.ReadAllTextAsync(path))!["cells"]!.AsArray();
        var exercise = cells.Single(cell => (string?)cell!["id"] == "ex1")!;
        Assert.Contains("return (f(x + h) - f(x)) / h;", string.Concat(exercise["source"]!.AsArray().Select(line => (string?)line)));
        var data = cells.Single(cell => (string?)cell!["id"] == "load-data")!;
        Assert.Contains("20 measurements", (string?)data["outputs"]![0]!["text"]);
        Assert.NotNull((int?)data["execution_count"]);
    }

    [Fact]
    public async Task StaticHostUnderASubPath_ThatDoesNotCompress_RunsCSharpFromTheGzipCopies()
    {
        // Python's http.server sends every file as it is, like a bare static host; serving the site's parent folder puts
        // the site under /site/, as GitHub Pages puts a project's site under /<repository>/.
        var start = new System.Diagnostics.ProcessStartInfo("/usr/bin/python3", ["-u", "-m", "http.server", "0", "--bind", "127.0.0.1", "--directory", site.Folder])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var server = System.Diagnostics.Process.Start(start)!;
        try
        {
            var line = await server.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromMinutes(1));
            var port = System.Text.RegularExpressions.Regex.Match(line ?? string.Empty, @"port (\d+)").Groups[1].Value;
            Assert.False(string.IsNullOrEmpty(port), $"python3 -m http.server said: {line}");

            await using var browser = await Browser.LaunchAsync();
            var page = await OpenAsync(browser, new Uri($"http://127.0.0.1:{port}/site/{LiveSiteFixture.WeekOne}.live.html"));
            Assert.True(await page.EvaluateAsync<int>("() => window.liveGzipCopies") > 50, "the engine was not fetched from its .gz copies");
            await RunAsync(page, "setup", "load", "load-data");
            Assert.Contains("20 measurements", await OutputTextAsync(page, "load-data"));
        }
        finally
        {
            server.Kill();
        }
    }

    [Fact]
    public async Task ServerThatCompresses_SendsTheEngineAsItIs()
    {
        await using var browser = await Browser.LaunchAsync();
        var page = await OpenAsync(browser, site.WeekOnePage());
        Assert.Equal(0, await page.EvaluateAsync<int>("() => window.liveGzipCopies"));
    }

    [Fact]
    public async Task PageOpenedFromAFile_StaysReadOnly_AndSaysHowToServeIt()
    {
        await using var browser = await Browser.LaunchAsync();
        var page = await browser.Instance.NewPageAsync();
        await page.GotoAsync(new Uri(Path.Combine(site.Folder, "site", $"{LiveSiteFixture.WeekOne}.live.html")).AbsoluteUri);
        var status = page.Locator("#live-status");
        await page.WaitForFunctionAsync("() => document.getElementById('live-status').dataset.kind === 'offline'", null, new() { Timeout = s_timeout });
        Assert.Contains("-- serve", await status.InnerTextAsync());
        Assert.True(await page.Locator("section[data-cell='setup'] button.live-run").IsDisabledAsync());
    }

    private static async Task<IPage> OpenAsync(Browser browser, Uri address)
    {
        var page = await browser.Instance.NewPageAsync();
        await page.GotoAsync(address.ToString());
        await page.WaitForFunctionAsync("() => document.getElementById('live-status').dataset.kind === 'ready'", null, new() { Timeout = s_timeout });
        return page;
    }

    /// <summary>Runs the cells one after another, each to its end.</summary>
    private static async Task RunAsync(IPage page, params string[] cellIds)
    {
        foreach (var id in cellIds)
        {
            var before = await page.Locator($"section[data-cell='{id}'] .prompt").InnerTextAsync();
            await page.Locator($"section[data-cell='{id}'] button.live-run").ClickAsync();
            await page.WaitForFunctionAsync(
                "([id, before]) => { const s = document.querySelector(`section[data-cell='${id}']`); return s.dataset.state !== 'running' && s.querySelector('.prompt').textContent !== '[*]' && s.querySelector('.prompt').textContent !== before; }",
                new object[] { id, before },
                new() { Timeout = s_timeout });
        }
    }

    /// <summary>Types into a cell's code editor (CodeMirror), replacing what it held.</summary>
    private static async Task TypeAsync(IPage page, string cellId, string code)
    {
        await page.Locator($"section[data-cell='{cellId}'] .cm-content").ClickAsync(new() { Timeout = s_timeout });
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.PressAsync("Delete");
        await page.Keyboard.InsertTextAsync(code);
    }

    private static Task<string> OutputTextAsync(IPage page, string cellId) =>
        page.Locator($"section[data-cell='{cellId}'] .live-outputs").InnerTextAsync();

    /// <summary>An exercise's solution: its cell in the instructor notebook, without the solution markers.</summary>
    private static string Solution(string cellId) => LivePages.Solutions(LiveSiteFixture.WeekOne)[cellId];
}
