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

    /// <summary>Exports <paramref name="pages"/> into <paramref name="siteFolder"/>; returns the paths of the pages written (index first).</summary>
    /// <exception cref="FileNotFoundException">The runner's web assets are missing (and <paramref name="assets"/> is local).</exception>
    public static IReadOnlyList<string> Export(IReadOnlyList<Page> pages, string siteFolder, SiteAssets assets)
    {
        var markdown = new MarkdownPipelineBuilder().UseAdvancedExtensions().UseMathematics().Build();
        Directory.CreateDirectory(siteFolder);
        assets.CopyTo(siteFolder);

        var entries = pages
            .Select(page => (page, Summary: NotebookSummary.Of(page.Notebook, Path.GetFileNameWithoutExtension(page.SourcePath)), Href: PageName(page.SourcePath)))
            .ToList();
        var written = new List<string>();
        var index = Path.Combine(siteFolder, "index.html");
        NotebookFile.WriteAtomically(index, IndexPage.Render(entries.Select(e => (e.Summary, e.Href, e.page.Passed)).ToList(), assets, markdown));
        written.Add(index);

        for (var i = 0; i < entries.Count; i++)
        {
            (string, string)? previous = i > 0 ? (entries[i - 1].Summary.Title, entries[i - 1].Href) : null;
            (string, string)? next = i < entries.Count - 1 ? (entries[i + 1].Summary.Title, entries[i + 1].Href) : null;
            var html = NotebookPage.Render(entries[i].page.Notebook, entries[i].Summary.Title, assets, markdown, previous, next);
            var path = Path.Combine(siteFolder, entries[i].Href);
            NotebookFile.WriteAtomically(path, html);
            written.Add(path);
        }

        return written;
    }

    /// <summary>"01-what-is-calculus.solution.ipynb" → "01-what-is-calculus.solution.html".</summary>
    public static string PageName(string notebookPath) => Path.GetFileNameWithoutExtension(notebookPath) + ".html";
}
