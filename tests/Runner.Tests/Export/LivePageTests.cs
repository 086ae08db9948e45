using System.IO.Compression;
using System.Text.Json.Nodes;
using Markdig;
using Runner.Export;
using Runner.Tests.TestSupport;

namespace Runner.Tests.Export;

public sealed class LivePageTests
{
    private static readonly MarkdownPipeline s_markdown = new MarkdownPipelineBuilder().UseAdvancedExtensions().UseMathematics().Build();

    private static JsonObject Notebook(string code) => new()
    {
        ["cells"] = new JsonArray(
            new JsonObject { ["cell_type"] = "markdown", ["id"] = "intro", ["metadata"] = new JsonObject(), ["source"] = "# Week 9: tests" },
            new JsonObject { ["cell_type"] = "code", ["id"] = "ex1", ["metadata"] = new JsonObject(), ["execution_count"] = null, ["outputs"] = new JsonArray(), ["source"] = code }),
        ["metadata"] = new JsonObject(),
        ["nbformat"] = 4,
        ["nbformat_minor"] = 5,
    };

    [Fact]
    public void NameFor_WeekPage_AddsLive() => Assert.Equal("01-a.live.html", LivePage.NameFor("01-a.html"));

    [Fact]
    public void Render_CodeCell_IsAnEditorHoldingTheEscapedSource()
    {
        var html = LivePage.Render(Notebook("var s = \"</textarea><script>alert(1)</script>\";"), "Week 9", "09-tests.ipynb", SiteAssets.Local, s_markdown, "09-tests.html");

        Assert.Contains("data-cell=\"ex1\"", html);
        Assert.Contains("&lt;/textarea&gt;&lt;script&gt;alert(1)&lt;/script&gt;", html);
        Assert.DoesNotContain("</textarea><script>", html);
        Assert.DoesNotContain("alert(1)</script>", html);
        Assert.Contains("<h1 id=\"week-9-tests\">Week 9: tests</h1>", html);
        Assert.Contains("<a href=\"09-tests.html\">", html);
        Assert.Contains("assets/live/live-worker.js", html);
    }

    [Fact]
    public void Render_EmbeddedNotebook_CannotCloseItsScriptAndParsesBack()
    {
        var notebook = Notebook("// </script> in a comment");
        var html = LivePage.Render(notebook, "Week 9", "09-tests.ipynb", SiteAssets.Local, s_markdown, "09-tests.html");

        var start = html.IndexOf("id=\"live-notebook\"", StringComparison.Ordinal);
        var open = html.IndexOf('>', start) + 1;
        var close = html.IndexOf("</script>", open, StringComparison.Ordinal);
        var embedded = html[open..close].Replace("<\\/", "</", StringComparison.Ordinal);
        Assert.Equal("// </script> in a comment", (string?)JsonNode.Parse(embedded)!["cells"]![1]!["source"]);
        Assert.Contains("data-download=\"09-tests.ipynb\"", html);
    }

    [Fact]
    public void LearnerNotebook_InstructorNotebook_IsItsLearnerCopyNamedAsTheLearnerFile()
    {
        var solution = Notebook("double F(double x)\n{\n    // BEGIN SOLUTION: twice x\n    return 2 * x;\n    // END SOLUTION\n}");
        ((JsonObject)solution["cells"]![1]!)["metadata"] = new JsonObject { ["tags"] = new JsonArray("exercise") };

        var (learner, name) = SiteExporter.LearnerNotebook(new SiteExporter.Page(solution, "nb/09-tests.solution.ipynb"));

        Assert.Equal("09-tests.ipynb", name);
        var source = string.Concat(learner["cells"]![1]!["source"]!.AsArray().Select(line => (string?)line));
        Assert.Contains("throw new NotImplementedException(\"Exercise 9.1: twice x\");", source);
        Assert.DoesNotContain("return 2 * x", source);
    }

    [Fact]
    public void LearnerNotebook_OtherNotebook_KeepsItsCodeAndDropsItsOutputs()
    {
        var notebook = Notebook("1 + 1");
        ((JsonObject)notebook["cells"]![1]!)["outputs"] = new JsonArray(new JsonObject { ["output_type"] = "stream", ["name"] = "stdout", ["text"] = "2" });
        ((JsonObject)notebook["cells"]![1]!)["execution_count"] = 3;

        var (copy, name) = SiteExporter.LearnerNotebook(new SiteExporter.Page(notebook, "nb/extra.ipynb"));

        Assert.Equal("extra.ipynb", name);
        Assert.Empty(copy["cells"]![1]!["outputs"]!.AsArray());
        Assert.Null(copy["cells"]![1]!["execution_count"]);
        Assert.Single(notebook["cells"]![1]!["outputs"]!.AsArray());
    }

    [Fact]
    public void PrecompressedFiles_TextFiles_GetBrotliAndGzipCopiesThatDecompressToThem()
    {
        using var folder = new TempFolder();
        var page = Path.Combine(folder.Path, "a.html");
        File.WriteAllText(page, string.Concat(Enumerable.Repeat("<p>the same paragraph</p>\n", 200)));
        File.WriteAllBytes(Path.Combine(folder.Path, "font.woff2"), [1, 2, 3]);
        var engine = Path.Combine(folder.Path, "assets", "live");
        Directory.CreateDirectory(engine);
        File.WriteAllText(Path.Combine(engine, "worker.js"), "engine");

        Assert.Equal(1, PrecompressedFiles.Write(folder.Path, engine));

        using (var brotli = new BrotliStream(File.OpenRead(page + ".br"), CompressionMode.Decompress))
        using (var reader = new StreamReader(brotli))
        {
            Assert.Equal(File.ReadAllText(page), reader.ReadToEnd());
        }

        using (var gzip = new GZipStream(File.OpenRead(page + ".gz"), CompressionMode.Decompress))
        using (var reader = new StreamReader(gzip))
        {
            Assert.Equal(File.ReadAllText(page), reader.ReadToEnd());
        }

        Assert.True(new FileInfo(page + ".br").Length < new FileInfo(page).Length / 10);
        Assert.False(File.Exists(Path.Combine(folder.Path, "font.woff2.br")));
        Assert.False(File.Exists(Path.Combine(engine, "worker.js.br")));
        Assert.Equal(0, PrecompressedFiles.Write(folder.Path, engine));
    }

    [Fact]
    public void PrecompressedFiles_FileChangedAfterItsCopies_IsCompressedAgain()
    {
        using var folder = new TempFolder();
        var page = Path.Combine(folder.Path, "a.html");
        File.WriteAllText(page, "first");
        PrecompressedFiles.Write(folder.Path, Path.Combine(folder.Path, "none"));
        File.WriteAllText(page, "second, longer");
        File.SetLastWriteTimeUtc(page, DateTime.UtcNow.AddMinutes(1));

        Assert.Equal(1, PrecompressedFiles.Write(folder.Path, Path.Combine(folder.Path, "none")));
        using var gzip = new GZipStream(File.OpenRead(page + ".gz"), CompressionMode.Decompress);
        Assert.Equal("second, longer", new StreamReader(gzip).ReadToEnd());
    }
}
