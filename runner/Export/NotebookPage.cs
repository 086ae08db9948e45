using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Markdig;
using Runner.Notebooks;

namespace Runner.Export;

/// <summary>One executed notebook as a web page: its markdown rendered, its code highlighted, its outputs shown.</summary>
internal static class NotebookPage
{
    /// <summary>The page's HTML; <paramref name="previous"/> and <paramref name="next"/> are (title, href) of the neighbouring pages.</summary>
    public static string Render(JsonObject notebook, string title, SiteAssets assets, MarkdownPipeline markdown, (string Title, string Href)? previous, (string Title, string Href)? next, string? liveHref = null)
    {
        var body = new StringBuilder();
        var figure = 0;
        string NextFigureId() => $"figure-{++figure}";
        foreach (var cell in (notebook["cells"] as JsonArray ?? []).OfType<JsonObject>())
        {
            var source = MultilineText.Read(cell["source"]) ?? string.Empty;
            switch ((string?)cell["cell_type"])
            {
                case "markdown":
                    body.Append("<section class=\"cell markdown\">").Append(MarkdownHtml.Render(source, markdown)).Append("</section>\n");
                    break;
                case "code":
                    var count = cell["execution_count"] is JsonValue value && value.TryGetValue(out int n) ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) : " ";
                    body.Append("<section class=\"cell code\"><div class=\"prompt\">[").Append(count).Append("]</div>")
                        .Append("<pre class=\"source\"><code class=\"language-csharp\">").Append(CSharpHighlighter.ToHtml(source)).Append("</code></pre>");
                    foreach (var output in (cell["outputs"] as JsonArray ?? []).OfType<JsonObject>())
                    {
                        body.Append(OutputHtml.Render(output, markdown, NextFigureId));
                    }

                    body.Append("</section>\n");
                    break;
            }
        }

        var navigation = new StringBuilder("<a href=\"index.html\">Course index</a>");
        if (previous is { } p)
        {
            navigation.Append($"<a href=\"{WebUtility.HtmlEncode(p.Href)}\">← {WebUtility.HtmlEncode(p.Title)}</a>");
        }

        if (next is { } x)
        {
            navigation.Append($"<a href=\"{WebUtility.HtmlEncode(x.Href)}\">{WebUtility.HtmlEncode(x.Title)} →</a>");
        }

        if (liveHref is not null)
        {
            navigation.Append($"<a class=\"live-link\" href=\"{WebUtility.HtmlEncode(liveHref)}\">Do it live, in your browser</a>");
        }

        return Layout(title, assets, navigation.ToString(), body.ToString());
    }

    /// <summary>The page frame shared by every page: head with the assets, navigation, main content.</summary>
    public static string Layout(string title, SiteAssets assets, string navigation, string main, string head = "") => $$"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{WebUtility.HtmlEncode(title)}}</title>
        {{head}}
        <link rel="stylesheet" href="{{assets.KatexStyle}}">
        <link rel="stylesheet" href="{{SiteAssets.SiteStyle}}">
        <script src="{{assets.Plotly}}"></script>
        <script defer src="{{assets.KatexScript}}"></script>
        <script defer src="{{assets.KatexAutoRender}}"></script>
        <script defer src="{{SiteAssets.SiteScript}}"></script>
        </head>
        <body>
        <nav class="site">{{navigation}}</nav>
        <main>
        {{main}}
        </main>
        </body>
        </html>

        """;
}
