using System.Text.Json.Nodes;
using Markdig;
using Runner.Notebooks;

namespace Runner.Export;

/// <summary>
/// Writes executed notebooks as a static web site: one page per notebook, an index of the weeks with their
/// learning objectives, and the assets (plotly.js, KaTeX, the site's style and script) copied once.
/// </summary>
internal static class SiteExporter
{
    /// <summary>One notebook to export: its document, the name of its page, and whether its run passed.</summary>
    public sealed record Page(JsonObject Notebook, string SourcePath, bool Passed = true);

    public const string IndexPageName = "index.html";

    /// <summary>Exports <paramref name="pages"/> into <paramref name="siteFolder"/>; returns the paths of the pages written (index first).</summary>
    /// <exception cref="FileNotFoundException">The runner's web assets are missing (and <paramref name="assets"/> is local).</exception>
    /// <exception cref="ArgumentException">Two notebooks would have the same page, or one would replace the index.</exception>
    public static IReadOnlyList<string> Export(IReadOnlyList<Page> pages, string siteFolder, SiteAssets assets, bool live = false)
    {
        var markdown = new MarkdownPipelineBuilder().UseAdvancedExtensions().UseMathematics().Build();
        var entries = pages
            .Select(page => (page, Summary: NotebookSummary.Of(page.Notebook, Path.GetFileNameWithoutExtension(page.SourcePath)), Href: PageName(page.SourcePath)))
            .ToList();
        CheckPageNames(entries.Select(e => (e.page.SourcePath, e.Href)).ToList());

        // Every page is rendered before any file is written, so a failure leaves no half-written site.
        var files = new List<(string Path, string Html)>
        {
            (Path.Combine(siteFolder, IndexPageName), IndexPage.Render(entries.Select(e => (e.Summary, e.Href, e.page.Passed, live ? LivePage.NameFor(e.Href) : null)).ToList(), assets, markdown)),
        };
        for (var i = 0; i < entries.Count; i++)
        {
            (string, string)? previous = i > 0 ? (entries[i - 1].Summary.Title, entries[i - 1].Href) : null;
            (string, string)? next = i < entries.Count - 1 ? (entries[i + 1].Summary.Title, entries[i + 1].Href) : null;
            var liveHref = live ? LivePage.NameFor(entries[i].Href) : null;
            files.Add((Path.Combine(siteFolder, entries[i].Href), NotebookPage.Render(entries[i].page.Notebook, entries[i].Summary.Title, assets, markdown, previous, next, liveHref)));
            if (liveHref is not null)
            {
                var (learner, downloadName) = LearnerNotebook(entries[i].page);
                files.Add((Path.Combine(siteFolder, liveHref), LivePage.Render(learner, entries[i].Summary.Title, downloadName, assets, markdown, entries[i].Href)));
            }
        }

        Directory.CreateDirectory(siteFolder);
        assets.CopyTo(siteFolder, live);
        foreach (var (path, html) in files)
        {
            NotebookFile.WriteAtomically(path, html);
        }

        if (live)
        {
            // A live site is served ('runner serve'), so its pages and scripts go out compressed.
            PrecompressedFiles.Write(siteFolder, Path.Combine(siteFolder, "assets", SiteAssets.LiveEngineFolder));
        }

        return files.Select(file => file.Path).ToList();
    }

    /// <summary>
    /// What a live page edits: the learner copy of an instructor notebook (generated as 'student' does), or any other
    /// notebook with its outputs cleared; and the name the learner downloads it as.
    /// </summary>
    internal static (JsonObject Notebook, string DownloadName) LearnerNotebook(Page page)
    {
        var fileName = Path.GetFileName(page.SourcePath);
        if (fileName.EndsWith(LearnerCopy.SolutionSuffix, StringComparison.OrdinalIgnoreCase))
        {
            var solution = NotebookReader.Parse(page.SourcePath, NotebookFile.Serialize(page.Notebook));
            return (JsonNode.Parse(LearnerCopy.Generate(solution))!.AsObject(), Path.GetFileName(LearnerCopy.PathFor(page.SourcePath)));
        }

        var copy = page.Notebook.DeepClone().AsObject();
        foreach (var cell in (copy["cells"] as JsonArray ?? []).OfType<JsonObject>().Where(cell => (string?)cell["cell_type"] == "code"))
        {
            cell["outputs"] = new JsonArray();
            cell["execution_count"] = null;
        }

        return (copy, fileName);
    }

    private static void CheckPageNames(IReadOnlyList<(string SourcePath, string Href)> pages)
    {
        foreach (var page in pages.Where(p => p.Href.Equals(IndexPageName, StringComparison.OrdinalIgnoreCase)))
        {
            throw new ArgumentException($"{page.SourcePath} would be written as {IndexPageName}, over the course index; rename the notebook.");
        }

        foreach (var clash in pages.GroupBy(p => p.Href, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            throw new ArgumentException($"{string.Join(" and ", clash.Select(p => p.SourcePath))} would both be written as {clash.Key}; export them separately.");
        }
    }

    /// <summary>"01-what-is-calculus.solution.ipynb" → "01-what-is-calculus.html": the page shows the complete notebook.</summary>
    public static string PageName(string notebookPath)
    {
        var name = Path.GetFileNameWithoutExtension(notebookPath);
        return (name.EndsWith(".solution", StringComparison.OrdinalIgnoreCase) ? name[..^".solution".Length] : name) + ".html";
    }
}
