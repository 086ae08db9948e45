using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Runner.Export;

/// <summary>Markdown to HTML for the site: links to other notebooks (<c>02-week.ipynb</c>) point at their pages (<c>02-week.html</c>).</summary>
internal static class MarkdownHtml
{
    public static string Render(string markdown, MarkdownPipeline pipeline)
    {
        var document = Markdown.Parse(markdown, pipeline);
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (!link.IsImage && link.Url is { } url && !url.Contains("://", StringComparison.Ordinal))
            {
                var hash = url.IndexOf('#');
                var path = hash < 0 ? url : url[..hash];
                if (path.EndsWith(".ipynb", StringComparison.OrdinalIgnoreCase))
                {
                    link.Url = Path.ChangeExtension(Path.GetFileName(path), ".html") + (hash < 0 ? string.Empty : url[hash..]);
                }
            }
        }

        return document.ToHtml(pipeline);
    }
}
