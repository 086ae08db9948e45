using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Markdig;
using Runner.Notebooks;

namespace Runner.Export;

/// <summary>
/// A week's live page: the learner copy with every code cell an editor that runs in the browser (assets/live.js starts
/// the C# engine in a Web Worker). The notebook itself is embedded, so the page can give it back as an .ipynb with the
/// learner's code and outputs.
/// </summary>
internal static class LivePage
{
    /// <summary>The live page's file name for a week's page name: <c>01-x.html</c> → <c>01-x.live.html</c>.</summary>
    public static string NameFor(string pageName) => Path.ChangeExtension(pageName, ".live.html");

    /// <summary>Renders the learner copy <paramref name="notebook"/> as a live page; <paramref name="staticHref"/> is the week's read-only page.</summary>
    public static string Render(JsonObject notebook, string title, string downloadName, SiteAssets assets, MarkdownPipeline markdown, string staticHref)
    {
        var body = new StringBuilder();
        body.Append("""
            <div class="live-bar" id="live-bar">
            <span class="live-status" id="live-status">Starting C# in your browser…</span>
            <button type="button" id="live-run-all" disabled>Run all</button>
            <button type="button" id="live-stop" disabled>Stop</button>
            <button type="button" id="live-restart" disabled>Restart</button>
            <button type="button" id="live-reset-page">Reset page</button>
            <button type="button" id="live-download">Download notebook</button>
            </div>

            """);
        var index = 0;
        foreach (var cell in (notebook["cells"] as JsonArray ?? []).OfType<JsonObject>())
        {
            var source = MultilineText.Read(cell["source"]) ?? string.Empty;
            switch ((string?)cell["cell_type"])
            {
                case "markdown":
                    body.Append("<section class=\"cell markdown\">").Append(MarkdownHtml.Render(source, markdown)).Append("</section>\n");
                    break;
                case "code":
                    var id = (string?)cell["id"] ?? $"cell-{index}";
                    body.Append($"<section class=\"cell code live\" data-cell=\"{Escape(id)}\" data-index=\"{index}\">")
                        .Append("<div class=\"live-cell-bar\"><span class=\"prompt\">[ ]</span>")
                        .Append("<button type=\"button\" class=\"live-run\" disabled>Run</button>")
                        .Append("<button type=\"button\" class=\"live-reset\" title=\"Back to the course's code for this cell\">Reset cell</button>")
                        .Append("<span class=\"live-edited\" hidden>edited</span></div>")
                        .Append($"<textarea class=\"live-editor\" spellcheck=\"false\" autocapitalize=\"off\" autocomplete=\"off\" aria-label=\"C# cell {Escape(id)}\">{Escape(source)}</textarea>")
                        .Append("<div class=\"live-note\" hidden></div><div class=\"live-outputs\"></div></section>\n");
                    break;
            }

            index++;
        }

        var json = NotebookFile.Serialize(notebook).Replace("</", "<\\/", StringComparison.Ordinal);
        body.Append($"<script type=\"application/json\" id=\"live-notebook\" data-download=\"{Escape(downloadName)}\">{json}</script>\n");
        // Browsers run neither module scripts nor workers from a file (and log an error for each one a page asks for), so
        // live.js is added only when the page is served; opened as a file, the page stays read-only and says how to serve it.
        body.Append($$"""
            <script>
            if (location.protocol === "file:") {
              const status = document.getElementById("live-status");
              status.dataset.kind = "offline";
              status.textContent = "Read-only: this page was opened as a file, and C# runs only when the site is served. From the course's folder run " +
                "`dotnet run --project runner -c Release -- serve` and open http://127.0.0.1:5170/ (or put the site on any web host).";
            } else {
              const script = document.createElement("script");
              script.type = "module";
              script.src = "{{SiteAssets.LiveScript}}";
              document.body.append(script);
            }
            </script>

            """);
        var navigation = $"<a href=\"index.html\">Course index</a><a href=\"{Escape(staticHref)}\">Read-only page, with the instructor's outputs</a>";
        // The engine's worker starts first, while plotly.js and the page load; live.js takes it over and its messages.
        var head = $$"""
            <script>if (location.protocol !== "file:") { window.liveEarlyMessages = []; window.liveWorker = new Worker("{{SiteAssets.LiveEngineWorker}}", { type: "module" }); window.liveWorker.onmessage = (event) => window.liveEarlyMessages.push(event); window.liveWorker.onerror = (event) => { window.liveEarlyError = event.message || "the worker failed to load"; }; }</script>
            <link rel="stylesheet" href="{{SiteAssets.LiveStyle}}">
            """;
        return NotebookPage.Layout(title + " (live)", assets, navigation, body.ToString(), head);
    }

    private static string Escape(string text) => WebUtility.HtmlEncode(text);
}
