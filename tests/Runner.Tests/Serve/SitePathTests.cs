using Runner.Serve;
using Runner.Tests.TestSupport;

namespace Runner.Tests.Serve;

public sealed class SitePathTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly string _root;

    public SitePathTests()
    {
        _root = Directory.CreateDirectory(_folder.File("site")).FullName;
        Directory.CreateDirectory(Path.Combine(_root, "week1"));
        Directory.CreateDirectory(Path.Combine(_root, "empty"));
        File.WriteAllText(Path.Combine(_root, "index.html"), "index");
        File.WriteAllText(Path.Combine(_root, "week1", "index.html"), "week 1");
        File.WriteAllText(Path.Combine(_root, "week1", "page.html"), "page");
        File.WriteAllText(_folder.File("secret.txt"), "outside the root");
        Directory.CreateDirectory(_folder.File("site-other"));
        File.WriteAllText(_folder.File(Path.Combine("site-other", "index.html")), "a sibling whose name starts with the root's");
    }

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("/week1/page.html", "week1/page.html")]
    [InlineData("/", "index.html")]
    [InlineData("", "index.html")]
    [InlineData("/week1/", "week1/index.html")]
    [InlineData("/week1/../index.html", "index.html")]
    public void Resolve_PathInsideRoot_IsTheFile(string requestPath, string expected)
    {
        var (kind, path) = SitePath.Resolve(_root, requestPath);

        Assert.Equal(SitePath.Kind.File, kind);
        Assert.Equal(Path.Combine(_root, expected), path);
    }

    [Theory]
    [InlineData("/../secret.txt")]
    [InlineData("/week1/../../secret.txt")]
    [InlineData("/../site-other/index.html")]
    [InlineData("/..")]
    [InlineData("/missing.html")]
    [InlineData("/empty/")]
    [InlineData("/week1\\..\\..\\secret.txt")]
    [InlineData("/index.html\0.png")]
    public void Resolve_PathOutsideRootOrMissing_IsNotFound(string requestPath) =>
        Assert.Equal((SitePath.Kind.NotFound, (string?)null), SitePath.Resolve(_root, requestPath));

    [Fact]
    public void Resolve_FolderWithoutSlash_AsksForTheSlash() =>
        Assert.Equal(SitePath.Kind.FolderWithoutSlash, SitePath.Resolve(_root, "/week1").Kind);
}
