using System.Text.Json.Nodes;
using Markdig;
using Runner.Export;
using Runner.Tests.TestSupport;

namespace Runner.Tests.Export;

public sealed class ExportTests
{
    private static readonly MarkdownPipeline s_markdown = new MarkdownPipelineBuilder().UseAdvancedExtensions().UseMathematics().Build();

    [Fact]
    public void Render_StreamWithScript_IsEscapedText()
    {
        var html = OutputHtml.Render(Output("""{"output_type": "stream", "name": "stdout", "text": ["<script>alert(1)</script>\n"]}"""), s_markdown, () => "f1");

        Assert.Equal("<div class=\"output stdout\"><pre>&lt;script&gt;alert(1)&lt;/script&gt;\n</pre></div>", html);
    }

    [Fact]
    public void Render_DisplayWithSeveralMimeTypes_ShowsThePlotlyFigureFromItsJson()
    {
        var html = OutputHtml.Render(
            Output("""{"output_type": "display_data", "metadata": {}, "data": {"text/plain": ["a figure"], "text/html": ["<div>loader</div>"], "application/vnd.plotly.v1+json": {"data": [{"type": "scatter", "name": "</script>"}]}}}"""),
            s_markdown,
            () => "figure-7");

        Assert.Contains("<div class=\"plotly-figure\" data-figure=\"figure-7\"></div>", html);
        Assert.Contains("<script type=\"application/json\" id=\"figure-7\">{\"data\":[{\"type\":\"scatter\",\"name\":\"\\u003C/script\\u003E\"}]}</script>", html);
        Assert.Equal(1, html.Split("</script>").Length - 1);
        Assert.DoesNotContain("loader", html);
    }

    [Fact]
    public void Render_PlotlyJsonHeldAsAString_IsTheSameFigureAsWhenHeldAsAnObject()
    {
        var asObject = OutputHtml.Render(
            Output("""{"output_type": "display_data", "metadata": {}, "data": {"application/vnd.plotly.v1+json": {"data": [{"type": "scatter", "name": "</script>"}]}}}"""),
            s_markdown,
            () => "figure-1");
        var asString = OutputHtml.Render(
            Output("""{"output_type": "execute_result", "execution_count": 3, "metadata": {}, "data": {"application/vnd.plotly.v1+json": "{\"data\": [{\"type\": \"scatter\", \"name\": \"</script>\"}]}"}}"""),
            s_markdown,
            () => "figure-1");

        Assert.Equal(asObject, asString);
    }

    [Fact]
    public void Render_LatexAndError_AreLeftForKatexAndShownEscaped()
    {
        var latex = OutputHtml.Render(Output("""{"output_type": "display_data", "metadata": {}, "data": {"text/latex": ["$$a < b$$"], "text/plain": ["a < b"]}}"""), s_markdown, () => "f");
        var error = OutputHtml.Render(Output("""{"output_type": "error", "ename": "Error", "evalue": "System.Exception: <boom>", "traceback": ["System.Exception: <boom>"]}"""), s_markdown, () => "f");

        Assert.Equal("<div class=\"output display\"><div class=\"latex\">$$a &lt; b$$</div></div>", latex);
        Assert.Equal("<div class=\"output error\"><pre>Error: System.Exception: &lt;boom&gt;</pre></div>", error);
    }

    [Fact]
    public void Render_JsonValueThatIsNotText_IsShownAsJson()
    {
        var html = OutputHtml.Render(Output("""{"output_type": "display_data", "metadata": {}, "data": {"application/json": 5}}"""), s_markdown, () => "f");

        Assert.Equal("<div class=\"output display\"><pre>5</pre></div>", html);
    }

    [Fact]
    public void Render_MarkdownLinkToANotebook_PointsAtItsPage()
    {
        var html = MarkdownHtml.Render("See [week 2](02-maths.ipynb#hessian) and [the docs](https://example.org/a.ipynb).", s_markdown);

        Assert.Contains("href=\"02-maths.html#hessian\"", html);
        Assert.Contains("href=\"https://example.org/a.ipynb\"", html);
    }

    [Fact]
    public void ToHtml_CSharp_HighlightsKeywordsStringsCommentsAndNumbers()
    {
        var html = CSharpHighlighter.ToHtml("var x = 2.5; // half of \"five\"\nConsole.WriteLine(\"a<b\");");

        Assert.Equal(
            "<span class=\"tok-keyword\">var</span> x = <span class=\"tok-number\">2.5</span>; <span class=\"tok-comment\">// half of &quot;five&quot;</span>\nConsole.WriteLine(<span class=\"tok-string\">&quot;a&lt;b&quot;</span>);",
            html);
    }

    [Fact]
    public void Summary_NotebookWithObjectives_GivesTitleAndObjectives()
    {
        var notebook = JsonNode.Parse("""
            {"cells": [{"cell_type": "markdown", "source": ["# Week 2: Multivariate calculus\n", "\n", "## Learning objectives\n", "- Compute partial derivatives\n", "- Read the Jacobian $J$\n", "\n", "Estimated time: 3 hours."]}]}
            """)!.AsObject();

        var summary = NotebookSummary.Of(notebook, "fallback");

        Assert.Equal("Week 2: Multivariate calculus", summary.Title);
        Assert.Equal(["Compute partial derivatives", "Read the Jacobian $J$"], summary.Objectives);
    }

    [Fact]
    public void Summary_ListAfterALineThatOnlyMentionsObjectives_IsNotTakenForThem()
    {
        var notebook = JsonNode.Parse("""
            {"cells": [{"cell_type": "markdown", "source": ["# *Week* 5\n", "We minimise an objective function:\n", "- f(x)\n", "\n", "### Objectives\n", "\n", "- Use Newton's method\n", "Not an item\n", "- not an objective"]}]}
            """)!.AsObject();

        var summary = NotebookSummary.Of(notebook, "fallback");

        Assert.Equal("Week 5", summary.Title);
        Assert.Equal(["Use Newton's method"], summary.Objectives);
    }

    [Fact]
    public void Export_TwoNotebooksWithOnePageName_FailsBeforeWritingAnything()
    {
        using var folder = new TempFolder();
        var empty = new JsonObject { ["cells"] = new JsonArray() };

        var clash = Assert.Throws<ArgumentException>(() => SiteExporter.Export([new SiteExporter.Page(empty, "a/week.ipynb"), new SiteExporter.Page(empty.DeepClone().AsObject(), "b/week.ipynb")], folder.Path, SiteAssets.Local));
        var index = Assert.Throws<ArgumentException>(() => SiteExporter.Export([new SiteExporter.Page(empty, "c/index.ipynb")], folder.Path, SiteAssets.Local));

        Assert.Contains("would both be written as week.html", clash.Message);
        Assert.Contains("over the course index", index.Message);
        Assert.Empty(Directory.GetFileSystemEntries(folder.Path));
    }

    [Fact]
    public void SiteAssets_Versions_MatchTheNpmPackagesTheSiteCopies()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "package.json")))
        {
            root = Path.GetDirectoryName(root)!;
        }

        var dependencies = JsonNode.Parse(File.ReadAllText(Path.Combine(root, "package.json")))!["dependencies"]!;

        Assert.Equal(SiteAssets.PlotlyVersion, (string?)dependencies["plotly.js-dist-min"]);
        Assert.Equal(SiteAssets.KatexVersion, (string?)dependencies["katex"]);
    }

    [Fact]
    public void CountFigures_ExecutedFixture_CountsPlotlyOutputs()
    {
        var notebook = JsonNode.Parse("""
            {"cells": [
             {"cell_type": "code", "outputs": [{"output_type": "display_data", "data": {"application/vnd.plotly.v1+json": {}}}, {"output_type": "stream", "name": "stdout", "text": "x"}]},
             {"cell_type": "markdown", "source": ""},
             {"cell_type": "code", "outputs": [{"output_type": "display_data", "data": {"application/vnd.plotly.v1+json": {}, "text/html": "h"}}]}]}
            """)!.AsObject();

        Assert.Equal(2, OutputHtml.CountFigures(notebook));
    }

    [Fact]
    public void Export_TwoNotebooks_WritesAnIndexLinkingBothAndCopiesAssetsOnce()
    {
        using var folder = new TempFolder();
        var first = JsonNode.Parse("""{"cells": [{"cell_type": "markdown", "source": "# First week"}]}""")!.AsObject();
        var second = JsonNode.Parse("""{"cells": [{"cell_type": "markdown", "source": "# Second week"}]}""")!.AsObject();

        var written = SiteExporter.Export([new SiteExporter.Page(first, "nb/01-a.ipynb"), new SiteExporter.Page(second, "nb/02-b.ipynb", Passed: false)], folder.Path, SiteAssets.Local);

        var index = File.ReadAllText(written[0]);
        Assert.Contains("<a href=\"01-a.html\">First week</a>", index);
        Assert.Contains("<a href=\"02-b.html\">Second week</a> <span class=\"status-failed\">(has failing cells)</span>", index);
        Assert.Contains("<a href=\"02-b.html\">Second week →</a>", File.ReadAllText(written[1]));
        Assert.True(File.Exists(Path.Combine(folder.Path, "assets", "plotly.min.js")));
        Assert.True(File.Exists(Path.Combine(folder.Path, "assets", "katex", "auto-render.min.js")));
        Assert.Single(Directory.GetFiles(folder.Path, "plotly.min.js", SearchOption.AllDirectories));
    }

    [Fact]
    public void Export_WithCdn_LinksTheCdnAndCopiesOnlyTheSitesOwnFiles()
    {
        using var folder = new TempFolder();

        var written = SiteExporter.Export([new SiteExporter.Page(new JsonObject { ["cells"] = new JsonArray() }, "a.ipynb")], folder.Path, SiteAssets.Cdn);

        Assert.Contains($"https://cdn.plot.ly/plotly-{SiteAssets.PlotlyVersion}.min.js", File.ReadAllText(written[1]));
        Assert.False(File.Exists(Path.Combine(folder.Path, "assets", "plotly.min.js")));
        Assert.True(File.Exists(Path.Combine(folder.Path, "assets", "site.js")));
    }

    private static JsonObject Output(string json) => JsonNode.Parse(json)!.AsObject();
}
