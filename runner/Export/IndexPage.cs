using System.Net;
using System.Text;
using Markdig;

namespace Runner.Export;

/// <summary>The site's front page: the course's weeks, each with its title, link and learning objectives.</summary>
internal static class IndexPage
{
    public const string CourseTitle = "Multivariate Calculus for Machine Learning";

    /// <summary>One entry per exported notebook, in course order.</summary>
    public static string Render(IReadOnlyList<(NotebookSummary Summary, string Href, bool Passed, string? LiveHref)> weeks, SiteAssets assets, MarkdownPipeline markdown)
    {
        var main = new StringBuilder($"<h1>{CourseTitle}</h1>\n<ol class=\"weeks\">\n");
        foreach (var (summary, href, passed, liveHref) in weeks)
        {
            main.Append("<li><h2><a href=\"").Append(WebUtility.HtmlEncode(href)).Append("\">")
                .Append(WebUtility.HtmlEncode(summary.Title)).Append("</a>")
                .Append(passed ? string.Empty : " <span class=\"status-failed\">(has failing cells)</span>")
                .Append("</h2>");
            if (liveHref is not null)
            {
                main.Append("<p><a class=\"live-link\" href=\"").Append(WebUtility.HtmlEncode(liveHref)).Append("\">Do this week live: edit and run its C# in your browser</a></p>");
            }

            if (summary.Objectives.Count > 0)
            {
                main.Append("<p>You will learn to:</p><ul>");
                foreach (var objective in summary.Objectives)
                {
                    main.Append("<li>").Append(Markdown.ToHtml(objective, markdown).Trim().Replace("<p>", string.Empty).Replace("</p>", string.Empty)).Append("</li>");
                }

                main.Append("</ul>");
            }

            main.Append("</li>\n");
        }

        main.Append("</ol>");
        return NotebookPage.Layout(CourseTitle, assets, "<a href=\"index.html\">Course index</a>", main.ToString());
    }
}
