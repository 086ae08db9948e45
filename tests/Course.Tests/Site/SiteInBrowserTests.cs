using System.Text.Json.Nodes;
using Course.Tests.TestSupport;
using Microsoft.Playwright;
using Runner.Cli;
using Runner.Execution;
using Runner.Export;

namespace Course.Tests.Site;

/// <summary>
/// The exported course opened in a real browser (Debian's Chromium, driven by Playwright): every figure the notebook
/// displayed is drawn, the maths is typeset, nothing logs an error, and text that looks like a script stays text.
/// A screenshot of each page is left under out/screenshots/. Fails, never skips, when Chromium is missing.
/// </summary>
[Collection(WholeCourseCollection.Name)]
public sealed class SiteInBrowserTests
{
    /// <summary>
    /// How long a page may take to load and draw. A correctness check, not a timing: 3-D figures are drawn by software
    /// WebGL, which took over 30 s for one page on a busy 2-core CI machine (6 s when idle).
    /// </summary>
    private static readonly TimeSpan s_renderTimeout = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task FixtureCourse_EveryPage_DrawsItsFiguresAndTypesetsItsMaths()
    {
        var folder = Directory.CreateTempSubdirectory("site-fixture-").FullName;
        var notebooks = Path.Combine(folder, "notebooks");
        Directory.CreateDirectory(notebooks);
        foreach (var fixture in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures", "site"), "*.ipynb"))
        {
            var text = File.ReadAllText(fixture)
                .Replace("{{CALCULUS_DLL}}", Repository.LibraryPath.Replace("\\", "/"))
                .Replace("{{LIBRARY_FOLDER}}", Path.GetDirectoryName(Repository.LibraryPath)!.Replace("\\", "/"));
            File.WriteAllText(Path.Combine(notebooks, Path.GetFileName(fixture)), text);
        }

        var checkedPages = await ExportAndCheckAsync(folder, "fixture");

        Assert.Equal(["01-charts.html", "02-maths.html"], checkedPages.Where(p => p.Figures > 0).Select(p => p.Name));
        Assert.Equal([3, 2], checkedPages.Where(p => p.Figures > 0).Select(p => p.Figures));
    }

    [Fact]
    public async Task RealCourse_EveryPage_DrawsItsFiguresAndTypesetsItsMaths()
    {
        // The course's own (instructor) notebooks, run from a copy of notebooks/ so that the repository's out/ is left alone.
        var folder = Directory.CreateTempSubdirectory("site-course-").FullName;
        var source = Path.Combine(Repository.Root, "notebooks");
        var notebooks = Path.Combine(folder, "notebooks");
        Directory.CreateDirectory(notebooks);
        var count = 0;
        foreach (var notebook in Directory.GetFiles(source, "*.solution.ipynb"))
        {
            File.Copy(notebook, Path.Combine(notebooks, Path.GetFileName(notebook)));
            count++;
        }

        // The shared setup script every notebook loads.
        foreach (var script in Directory.GetFiles(source, "*.csx"))
        {
            File.Copy(script, Path.Combine(notebooks, Path.GetFileName(script)));
        }

        // Notebooks load the library relative to their own folder: give the copy the same neighbours.
        Directory.CreateSymbolicLink(Path.Combine(folder, "lib"), Path.Combine(Repository.Root, "lib"));
        Directory.CreateSymbolicLink(Path.Combine(folder, "data"), Path.Combine(Repository.Root, "data"));

        var checkedPages = await ExportAndCheckAsync(folder, "course");

        // Every notebook's page and its live page (opened from disk, so read-only), and the index.
        Assert.Equal(count, checkedPages.Count(p => p.Name.EndsWith(".live.html", StringComparison.Ordinal)));
        Assert.Equal(2 * count + 1, checkedPages.Count);
    }

    /// <summary>Runs the notebooks under <paramref name="folder"/>/notebooks, exports them, and checks every page in the browser.</summary>
    private static async Task<IReadOnlyList<(string Name, int Figures)>> ExportAndCheckAsync(string folder, string screenshotFolder)
    {
        var executed = Path.Combine(folder, "out", "notebooks");
        var site = Path.Combine(folder, "out", "site");
        var hasNotebooks = Directory.EnumerateFiles(Path.Combine(folder, "notebooks"), "*.ipynb").Any();
        if (hasNotebooks)
        {
            var exit = await RunCommand.ExecuteAsync(
                new RunSettings([Path.Combine(folder, "notebooks")], executed, NotebookExecutor.DefaultTimeout, InPlace: false),
                CancellationToken.None,
                exportSiteTo: site);
            Assert.Equal(0, exit);
        }
        else
        {
            SiteExporter.Export([], site, SiteAssets.Local);
        }

        await using var browser = await Browser.LaunchAsync();
        var results = new List<(string, int)>();
        foreach (var page in Directory.GetFiles(site, "*.html").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(page);
            var notebookPath = new[] { ".solution.ipynb", ".ipynb" }.Select(extension => Path.Combine(executed, Path.GetFileNameWithoutExtension(page) + extension)).FirstOrDefault(File.Exists) ?? string.Empty;
            var expectedFigures = File.Exists(notebookPath) ? OutputHtml.CountFigures(JsonNode.Parse(File.ReadAllText(notebookPath))!.AsObject()) : 0;
            await CheckPageAsync(browser, page, expectedFigures, Path.Combine(Repository.Out, "screenshots", screenshotFolder, Path.GetFileNameWithoutExtension(page) + ".png"));
            results.Add((name, expectedFigures));
        }

        return results;
    }

    private static async Task CheckPageAsync(Browser browser, string path, int expectedFigures, string screenshot)
    {
        var page = await browser.Instance.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1200, Height = 900 } });
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => errors.Add(error);

        var timeout = (float)s_renderTimeout.TotalMilliseconds;
        var started = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            await page.GotoAsync(new Uri(path).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load, Timeout = timeout });
            await page.WaitForFunctionAsync(
                "expected => [...document.querySelectorAll('div.plotly-figure')].filter(d => d.querySelector('svg.main-svg')).length === expected",
                expectedFigures,
                new PageWaitForFunctionOptions { Timeout = timeout });
        }
        catch (TimeoutException exception)
        {
            Assert.Fail($"{Path.GetFileName(path)}: not loaded with its {expectedFigures} figure(s) drawn after {started.Elapsed.TotalSeconds:F0} s ({exception.Message.Split('\n')[0]}). Browser errors:\n{string.Join("\n", errors)}");
        }

        var figures = await page.EvaluateAsync<int>("() => document.querySelectorAll('div.plotly-figure').length");
        var drawn = await page.EvaluateAsync<int>("() => [...document.querySelectorAll('div.plotly-figure')].filter(d => d.querySelector('svg.main-svg')).length");
        var maths = await page.EvaluateAsync<int>("() => document.querySelectorAll('div.latex, .math').length");
        var typeset = await page.EvaluateAsync<int>("() => [...document.querySelectorAll('div.latex, .math')].filter(e => e.querySelector('.katex')).length");
        var mathErrors = await page.EvaluateAsync<int>("() => document.querySelectorAll('.katex-error').length");
        var injected = await page.EvaluateAsync<bool>("() => window.injected === true");

        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
        await page.CloseAsync();

        var name = Path.GetFileName(path);
        Assert.True(figures == expectedFigures, $"{name}: {figures} figure placeholders, but the notebook displayed {expectedFigures} figures.");
        Assert.True(drawn == expectedFigures, $"{name}: {drawn} of {expectedFigures} figures were drawn.");
        Assert.True(typeset == maths, $"{name}: {typeset} of {maths} pieces of maths were typeset.");
        Assert.True(mathErrors == 0, $"{name}: KaTeX could not typeset {mathErrors} piece(s) of maths.");
        Assert.False(injected, $"{name}: a script written to stdout ran instead of showing as text.");
        Assert.True(errors.Count == 0, $"{name}: the browser console logged errors:\n{string.Join("\n", errors)}");
    }
}
