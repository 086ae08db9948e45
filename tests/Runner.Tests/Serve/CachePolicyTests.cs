using Runner.Serve;

namespace Runner.Tests.Serve;

public sealed class CachePolicyTests
{
    [Theory]
    [InlineData("index.html")]
    [InlineData("week1/01-limits.html")]
    [InlineData("_framework/page.htm")]
    public void For_Page_IsRevalidatedEveryTime(string path) => Assert.Equal(CachePolicy.Revalidate, CachePolicy.For(path));

    [Theory]
    [InlineData("site.css")]
    [InlineData("katex/fonts/KaTeX_Main-Regular.woff2")]
    [InlineData("plotly.min.js")]
    [InlineData("dotnet.native.8kqw1ehrtn.wasm")]
    public void For_OtherFile_IsReusedForAnHour(string path) => Assert.Equal(CachePolicy.AnHour, CachePolicy.For(path));

    [Theory]
    [InlineData("_framework/dotnet.native.8kqw1ehrtn.wasm")]
    [InlineData("_framework/System.Private.CoreLib.3x9pqhd1ab.wasm")]
    [InlineData("app/_framework/Calculus.a1b2c3d4e5.wasm.br")]
    public void For_FingerprintedRuntimeFile_IsImmutable(string path) => Assert.Equal(CachePolicy.Immutable, CachePolicy.For(path));

    [Theory]
    [InlineData("_framework/dotnet.js")]
    [InlineData("_framework/blazor.boot.json")]
    [InlineData("_framework/Microsoft.Extensions.Logging.wasm")]
    public void For_RuntimeFileWithoutFingerprint_IsRevalidated(string path) => Assert.Equal(CachePolicy.Revalidate, CachePolicy.For(path));

    [Theory]
    [InlineData("dotnet.native.8kqw1ehrtn.wasm", true)]
    [InlineData("8kqw1ehrtn.wasm", false)]
    [InlineData("dotnet.8kqw1ehrtn", false)]
    [InlineData("system.extensions.wasm", false)]
    [InlineData("dotnet.native.8KQW1EHRTN.wasm", false)]
    [InlineData("dotnet.native.8kqw1ehrt.wasm", false)]
    public void IsFingerprinted_Name_NeedsTenLowerCaseLettersAndDigitsInTheMiddle(string name, bool expected) =>
        Assert.Equal(expected, CachePolicy.IsFingerprinted(name));
}
