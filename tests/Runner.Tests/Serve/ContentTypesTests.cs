using Runner.Serve;

namespace Runner.Tests.Serve;

public sealed class ContentTypesTests
{
    [Theory]
    [InlineData("index.html", "text/html; charset=utf-8")]
    [InlineData("site.js", "text/javascript; charset=utf-8")]
    [InlineData("_framework/dotnet.runtime.mjs", "text/javascript; charset=utf-8")]
    [InlineData("site.css", "text/css; charset=utf-8")]
    [InlineData("blazor.boot.json", "application/json; charset=utf-8")]
    [InlineData("dotnet.native.wasm", "application/wasm")]
    [InlineData("Calculus.dll", "application/octet-stream")]
    [InlineData("KaTeX_Main-Regular.woff2", "font/woff2")]
    [InlineData("figure.png", "image/png")]
    [InlineData("logo.svg", "image/svg+xml; charset=utf-8")]
    [InlineData("01-limits.ipynb", "application/x-ipynb+json; charset=utf-8")]
    [InlineData("heights.csv", "text/csv; charset=utf-8")]
    [InlineData("icudt_EFIGS.dat", "application/octet-stream")]
    [InlineData("System.Private.CoreLib.blat", "application/octet-stream")]
    [InlineData("Calculus.pdb", "application/octet-stream")]
    [InlineData("notes.txt", "text/plain; charset=utf-8")]
    [InlineData("INDEX.HTML", "text/html; charset=utf-8")]
    public void For_KnownExtension_IsItsMediaType(string path, string expected) => Assert.Equal(expected, ContentTypes.For(path));

    [Theory]
    [InlineData("archive.xyz")]
    [InlineData("Makefile")]
    [InlineData("site.js.br")]
    public void For_UnknownExtension_IsOctetStream(string path) => Assert.Equal(ContentTypes.Unknown, ContentTypes.For(path));
}
