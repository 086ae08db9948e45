using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Markdig;
using Runner.Notebooks;

namespace Runner.Export;

/// <summary>
/// A cell's outputs as HTML for an exported page. Text is always escaped (a stream holding &lt;script&gt; shows
/// as text); an HTML output is kept as it is; a Plotly figure becomes a placeholder that the page draws with its
/// own plotly.js; LaTeX is left for KaTeX; an error shows its name, value and traceback.
/// </summary>
/// <remarks>
/// The course's notebooks are trusted, as Jupyter trusts a notebook it ran itself: HTML outputs and raw HTML in
/// markdown are kept, scripts included. What a cell merely printed is never trusted and is always escaped.
/// </remarks>
internal static class OutputHtml
{
    public const string PlotlyMimeType = "application/vnd.plotly.v1+json";

    /// <summary>The richest mime types first: what a page shows when an output carries several.</summary>
    private static readonly string[] s_preference =
    [
        PlotlyMimeType, "text/html", "image/svg+xml", "image/png", "image/jpeg", "text/latex", "text/markdown", "text/plain",
    ];

    /// <summary>Renders one output; <paramref name="figureIds"/> gives each Plotly figure a page-unique id.</summary>
    public static string Render(JsonObject output, MarkdownPipeline markdown, Func<string> figureIds) => (string?)output["output_type"] switch
    {
        "stream" => $"<div class=\"output {Escape((string?)output["name"] ?? "stdout")}\"><pre>{Escape(MultilineText.Read(output["text"]) ?? string.Empty)}</pre></div>",
        "display_data" or "execute_result" => Data(output["data"] as JsonObject ?? [], markdown, figureIds),
        "error" => Error(output),
        var other => $"<div class=\"output unknown\"><pre>{Escape($"(an output of type '{other}' that the export does not show)")}</pre></div>",
    };

    /// <summary>How many Plotly figures an executed notebook displayed (what its page must draw).</summary>
    public static int CountFigures(JsonObject notebook) => (notebook["cells"] as JsonArray ?? [])
        .OfType<JsonObject>()
        .SelectMany(cell => (cell["outputs"] as JsonArray ?? []).OfType<JsonObject>())
        .Count(output => output["data"] is JsonObject data && data.ContainsKey(PlotlyMimeType));

    private static string Data(JsonObject data, MarkdownPipeline markdown, Func<string> figureIds)
    {
        var mimeType = s_preference.FirstOrDefault(data.ContainsKey) ?? data.Select(pair => pair.Key).FirstOrDefault();
        if (mimeType is null)
        {
            return string.Empty;
        }

        var value = data[mimeType];
        var text = value is JsonValue scalar && scalar.TryGetValue(out string? single) ? single : MultilineText.Read(value);
        var body = mimeType switch
        {
            PlotlyMimeType => Figure(value, figureIds()),
            "text/html" or "image/svg+xml" => text ?? string.Empty,
            "image/png" or "image/jpeg" => $"<img alt=\"output\" src=\"data:{mimeType};base64,{Escape((text ?? string.Empty).Replace("\n", string.Empty))}\">",
            "text/latex" => $"<div class=\"latex\">{Escape(text ?? string.Empty)}</div>",
            "text/markdown" => MarkdownHtml.Render(text ?? string.Empty, markdown),
            _ => $"<pre>{Escape(text ?? value?.ToJsonString() ?? string.Empty)}</pre>",
        };
        return $"<div class=\"output display\">{body}</div>";
    }

    /// <summary>
    /// The figure's JSON in a script element the page draws. A notebook executed over Jupyter holds it as a string (the
    /// dotnet-interactive tool sends every mime type but <c>application/json</c> as text); one VS Code or the runner wrote
    /// holds it as an object. Both give the same page.
    /// </summary>
    private static string Figure(JsonNode? figure, string id)
    {
        var text = figure is JsonValue value && value.TryGetValue(out string? serialised) ? serialised : figure?.ToJsonString() ?? "{}";
        JsonNode? parsed;
        try
        {
            parsed = JsonNode.Parse(text);
        }
        catch (System.Text.Json.JsonException e)
        {
            return $"<pre>{Escape($"(a Plotly figure whose JSON does not parse: {e.Message})")}</pre>";
        }

        var json = (parsed?.ToJsonString() ?? "{}").Replace("</", "<\\/", StringComparison.Ordinal);
        return $"<div class=\"plotly-figure\" data-figure=\"{id}\"></div><script type=\"application/json\" id=\"{id}\">{json}</script>";
    }

    private static string Error(JsonObject output)
    {
        if (output["ename"] is null && output["evalue"] is null && output["traceback"] is null)
        {
            return "<div class=\"output error\"><pre>(an error output with no name, value or traceback)</pre></div>";
        }

        var traceback = (output["traceback"] as JsonArray ?? []).Select(line => (string?)line ?? string.Empty);
        var text = new StringBuilder()
            .Append((string?)output["ename"]).Append(": ").Append((string?)output["evalue"]);
        var lines = string.Concat(traceback);
        if (lines.Length > 0 && lines != (string?)output["evalue"])
        {
            text.Append('\n').Append(lines);
        }

        return $"<div class=\"output error\"><pre>{Escape(text.ToString())}</pre></div>";
    }

    private static string Escape(string text) => WebUtility.HtmlEncode(text);
}
