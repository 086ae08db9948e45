using System.Text.Json.Nodes;
using Runner.Notebooks;
using Runner.Tests.TestSupport;

namespace Runner.Tests.Notebooks;

public sealed class NotebookFileTests
{
    [Fact]
    public void WriteAtomically_ReplacesTheFileAndLeavesNoTemporaryFile()
    {
        using var folder = new TempFolder();
        var path = folder.File("copy.ipynb");
        File.WriteAllText(path, "old");

        NotebookFile.WriteAtomically(path, "new");

        Assert.Equal("new", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(folder.Path));
    }

    [Fact]
    public void WriteAtomically_CreatesMissingFolders()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "out", "notebooks", "a.ipynb");

        NotebookFile.WriteAtomically(path, "{}");

        Assert.Equal("{}", File.ReadAllText(path));
    }

    [Fact]
    public void Serialize_UsesOneSpaceIndentUnescapedHtmlAndAFinalNewline()
    {
        var text = NotebookFile.Serialize(new JsonObject { ["html"] = "<b>é</b>" });

        Assert.Equal("{\n \"html\": \"<b>é</b>\"\n}\n", text);
    }
}
