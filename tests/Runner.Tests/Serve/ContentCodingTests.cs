using Microsoft.Net.Http.Headers;
using Runner.Serve;
using Runner.Tests.TestSupport;

namespace Runner.Tests.Serve;

public sealed class ContentCodingTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static IList<StringWithQualityHeaderValue> Header(string value) => StringWithQualityHeaderValue.ParseList([value]);

    [Theory]
    [InlineData("br", "br", true)]
    [InlineData("gzip, deflate, br, zstd", "br", true)]
    [InlineData("BR", "br", true)]
    [InlineData("gzip", "br", false)]
    [InlineData("br;q=0, gzip", "br", false)]
    [InlineData("br;q=0.5", "br", true)]
    [InlineData("*", "gzip", true)]
    [InlineData("*;q=0", "gzip", false)]
    [InlineData("gzip;q=0, *", "gzip", false)]
    [InlineData("identity", "gzip", false)]
    public void Accepts_AcceptEncoding_FollowsNamesQualitiesAndStar(string header, string coding, bool expected) =>
        Assert.Equal(expected, ContentCoding.Accepts(Header(header), coding));

    [Fact]
    public void Accepts_NoHeader_AcceptsNoCoding() => Assert.False(ContentCoding.Accepts([], "gzip"));

    [Fact]
    public void Choose_BothCopiesAndBothAccepted_PrefersBrotli()
    {
        var path = Write("app.js", "app.js.br", "app.js.gz");

        Assert.Equal((path + ".br", "br"), ContentCoding.Choose(path, Header("gzip, br")));
    }

    [Fact]
    public void Choose_NoBrotliCopy_FallsBackToGzip()
    {
        var path = Write("app.js", "app.js.gz");

        Assert.Equal((path + ".gz", "gzip"), ContentCoding.Choose(path, Header("br, gzip")));
    }

    [Fact]
    public void Choose_NothingAccepted_IsTheFileItself()
    {
        var path = Write("app.js", "app.js.br", "app.js.gz");

        Assert.Equal((path, (string?)null), ContentCoding.Choose(path, []));
    }

    [Fact]
    public void Choose_PrecompressedFileAskedForByName_IsSentAsItIs()
    {
        var path = Write("app.js.br", "app.js.br.br");

        Assert.Equal((path, (string?)null), ContentCoding.Choose(path, Header("br")));
    }

    /// <summary>Writes empty files into the folder; returns the first one's path.</summary>
    private string Write(params string[] names)
    {
        foreach (var name in names)
        {
            File.WriteAllText(_folder.File(name), name);
        }

        return _folder.File(names[0]);
    }
}
