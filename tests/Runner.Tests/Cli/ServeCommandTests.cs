using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Connections;
using Runner.Serve;
using Runner.Tests.TestSupport;

namespace Runner.Tests.Cli;

/// <summary>
/// <c>serve</c>: the site server started in this process on a free port, asked with an <see cref="HttpClient"/> that
/// neither decompresses nor follows redirects; and the command itself as a separate process.
/// </summary>
public sealed partial class ServeCommandTests : IAsyncLifetime
{
    /// <summary>How long a test waits for the server process to print its address or to stop.</summary>
    private static readonly TimeSpan s_processWait = TimeSpan.FromSeconds(30);

    private static readonly HttpClient s_client = new(new SocketsHttpHandler
    {
        AutomaticDecompression = DecompressionMethods.None,
        AllowAutoRedirect = false,
    });

    private readonly TempFolder _folder = new();
    private string _root = "";
    private SiteServer? _server;

    private SiteServer Server => _server!;

    public async Task InitializeAsync()
    {
        _root = Directory.CreateDirectory(_folder.File("site")).FullName;
        Write("index.html", "<h1>The course</h1>");
        Write("week1/index.html", "<h1>Week 1</h1>");
        Write("app.js", "console.log('plain');");
        Write("app.js.br", [0xCE, 0xB2, 0x01, 0x02]);
        Write("app.js.gz", [0x1F, 0x8B, 0x08, 0x00]);
        Write("site.css", "body { margin: 0; }");
        Write("site.css.gz", [0x1F, 0x8B, 0x08, 0x01]);
        File.WriteAllText(_folder.File("secret.txt"), "outside the site");
        _server = await SiteServer.StartAsync(_root, 0, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        _folder.Dispose();
    }

    [Fact]
    public void StartAsync_PortZero_ListensOnLoopbackWithTheBoundPort()
    {
        Assert.Equal("127.0.0.1", Server.Address.Host);
        Assert.NotEqual(0, Server.Address.Port);
        Assert.Equal("/", Server.Address.AbsolutePath);
    }

    [Fact]
    public async Task Get_Root_ServesIndexHtmlAsHtmlThatIsRevalidated()
    {
        using var response = await GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal("no-cache", response.Headers.CacheControl!.ToString());
        Assert.Equal("<h1>The course</h1>", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_Folder_ServesItsIndexHtml()
    {
        using var response = await GetAsync("/week1/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("<h1>Week 1</h1>", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_FolderWithoutSlash_RedirectsToTheSlash()
    {
        using var response = await GetAsync("/week1");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/week1/", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("page.html", "text/html; charset=utf-8")]
    [InlineData("app.mjs", "text/javascript; charset=utf-8")]
    [InlineData("data.json", "application/json; charset=utf-8")]
    [InlineData("_framework/dotnet.native.wasm", "application/wasm")]
    [InlineData("_framework/Calculus.dll", "application/octet-stream")]
    [InlineData("katex/fonts/KaTeX_Main-Regular.woff2", "font/woff2")]
    [InlineData("figure.png", "image/png")]
    [InlineData("logo.svg", "image/svg+xml; charset=utf-8")]
    [InlineData("01-limits.ipynb", "application/x-ipynb+json; charset=utf-8")]
    [InlineData("heights.csv", "text/csv; charset=utf-8")]
    [InlineData("_framework/icudt.dat", "application/octet-stream")]
    [InlineData("notes.txt", "text/plain; charset=utf-8")]
    [InlineData("archive.unknown", "application/octet-stream")]
    public async Task Get_File_SendsTheContentTypeOfItsExtension(string path, string expected)
    {
        Write(path, "content");

        using var response = await GetAsync("/" + path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, response.Content.Headers.ContentType!.ToString());
        Assert.Equal("content", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_BrotliAccepted_SendsTheBrFileWithTheOriginalContentType()
    {
        using var response = await GetAsync("/app.js", acceptEncoding: "gzip, deflate, br");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["br"], response.Content.Headers.ContentEncoding);
        Assert.Equal("text/javascript; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal(File.ReadAllBytes(Path.Combine(_root, "app.js.br")), await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(["Accept-Encoding"], response.Headers.Vary);
    }

    [Fact]
    public async Task Get_OnlyGzipAccepted_SendsTheGzFile()
    {
        using var response = await GetAsync("/app.js", acceptEncoding: "gzip");

        Assert.Equal(["gzip"], response.Content.Headers.ContentEncoding);
        Assert.Equal("text/javascript; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal(File.ReadAllBytes(Path.Combine(_root, "app.js.gz")), await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(["Accept-Encoding"], response.Headers.Vary);
    }

    [Fact]
    public async Task Get_BrotliAcceptedButNoBrFile_FallsBackToGzip()
    {
        using var response = await GetAsync("/site.css", acceptEncoding: "br, gzip");

        Assert.Equal(["gzip"], response.Content.Headers.ContentEncoding);
        Assert.Equal("text/css; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal(File.ReadAllBytes(Path.Combine(_root, "site.css.gz")), await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("identity")]
    [InlineData("br;q=0, gzip;q=0")]
    public async Task Get_NoEncodingAccepted_SendsThePlainFile(string? acceptEncoding)
    {
        using var response = await GetAsync("/app.js", acceptEncoding);

        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.Equal("console.log('plain');", await response.Content.ReadAsStringAsync());
        Assert.Equal(["Accept-Encoding"], response.Headers.Vary);
    }

    [Fact]
    public async Task Get_BrFileByName_SendsItsRawBytesWithoutContentEncoding()
    {
        using var response = await GetAsync("/app.js.br", acceptEncoding: "br");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.Equal("application/octet-stream", response.Content.Headers.ContentType!.ToString());
        Assert.Equal(File.ReadAllBytes(Path.Combine(_root, "app.js.br")), await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Get_MissingFile_Is404()
    {
        using var response = await GetAsync("/week9/missing.html");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/../secret.txt")]
    [InlineData("/week1/../../secret.txt")]
    [InlineData("/%2e%2e/secret.txt")]
    [InlineData("/week1/%2E%2E/%2E%2E/secret.txt")]
    [InlineData("/..%2fsecret.txt")]
    [InlineData("/week1/..%2F..%2Fsecret.txt")]
    [InlineData("/%2e%2e%5csecret.txt")]
    public async Task Get_PathLeadingOutsideTheRoot_Is404(string target)
    {
        // HttpClient would remove the dot segments itself: the request line is sent as written.
        var status = await RawGetStatusAsync(target);

        Assert.Equal(404, status);
    }

    [Fact]
    public async Task Get_IfNoneMatchWithTheETag_Is304WithoutBody()
    {
        using var first = await GetAsync("/site.css");
        var etag = first.Headers.ETag!;

        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(Server.Address, "/site.css"));
        request.Headers.IfNoneMatch.Add(etag);
        using var second = await s_client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Equal(etag, second.Headers.ETag);
        Assert.Equal("public, max-age=3600", second.Headers.CacheControl!.ToString());
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Get_IfNoneMatchWithAnotherETag_SendsTheFile()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(Server.Address, "/site.css"));
        request.Headers.IfNoneMatch.ParseAdd("\"stale\"");
        using var response = await s_client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("body { margin: 0; }", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_IfModifiedSinceNotBeforeTheFile_Is304()
    {
        using var first = await GetAsync("/site.css");
        Assert.NotNull(first.Content.Headers.LastModified);

        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(Server.Address, "/site.css"));
        request.Headers.IfModifiedSince = first.Content.Headers.LastModified;
        using var second = await s_client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Fact]
    public async Task Get_PrecompressedAndPlainCopies_HaveDifferentETags()
    {
        using var plain = await GetAsync("/app.js");
        using var brotli = await GetAsync("/app.js", acceptEncoding: "br");

        Assert.NotEqual(plain.Headers.ETag, brotli.Headers.ETag);
    }

    [Fact]
    public async Task Get_FingerprintedRuntimeFile_IsImmutable()
    {
        Write("_framework/dotnet.native.8kqw1ehrtn.wasm", "wasm");

        using var response = await GetAsync("/_framework/dotnet.native.8kqw1ehrtn.wasm");

        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl!.ToString());
    }

    [Fact]
    public async Task Head_File_SendsTheHeadersWithoutTheBody()
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, new Uri(Server.Address, "/site.css"));
        using var response = await s_client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal(new FileInfo(Path.Combine(_root, "site.css")).Length, response.Content.Headers.ContentLength);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Post_AnyPath_Is405()
    {
        using var response = await s_client.PostAsync(new Uri(Server.Address, "/index.html"), new StringContent("x"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "HEAD"], response.Content.Headers.Allow);
    }

    [Fact]
    public async Task StartAsync_PortInUse_ThrowsAddressInUse()
    {
        var error = await Assert.ThrowsAsync<IOException>(() => SiteServer.StartAsync(_root, Server.Address.Port, CancellationToken.None));

        Assert.IsType<AddressInUseException>(error.InnerException);
    }

    [Fact]
    public async Task StartAsync_MissingRoot_ThrowsDirectoryNotFound() =>
        await Assert.ThrowsAsync<DirectoryNotFoundException>(() => SiteServer.StartAsync(_folder.File("nowhere"), 0, CancellationToken.None));

    [Fact]
    public void Serve_MissingRoot_ExitsBadInputNamingTheFolderAndExport()
    {
        var result = RunnerProcess.Run(_folder.Path, "serve");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(Path.Combine("out", "site"), result.Output);
        Assert.Contains("runner export", result.Output);
        Assert.DoesNotContain("   at ", result.Output);
    }

    [Fact]
    public void Serve_PortInUse_ExitsBadInputNamingThePortWithoutAStackTrace()
    {
        var result = RunnerProcess.Run(_folder.Path, "serve", "--root", "site", "--port", Server.Address.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"port {Server.Address.Port}", result.Output);
        Assert.Contains("another program is using it", result.Output);
        Assert.DoesNotContain("   at ", result.Output);
        Assert.DoesNotContain("Exception", result.Output);
    }

    [Fact]
    public void Serve_PortOutOfRange_ExitsBadInput()
    {
        var result = RunnerProcess.Run(_folder.Path, "serve", "--root", "site", "--port", "70000");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--port must be from 0 to 65535", result.Output);
    }

    [Fact]
    public async Task Serve_PortZero_PrintsTheAddressServesTheSiteAndStopsOnSigterm()
    {
        using var process = RunnerProcess.Start(_folder.Path, "serve", "--root", "site", "--port", "0");
        try
        {
            var line = await process.StandardOutput.ReadLineAsync().WaitAsync(s_processWait);
            var match = ServingLine().Match(line ?? "");
            Assert.True(match.Success, $"Unexpected first line: {line}");

            using var response = await s_client.GetAsync(new Uri(match.Groups["address"].Value));
            Assert.Equal("<h1>The course</h1>", await response.Content.ReadAsStringAsync());

            using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync();
            }

            using var stop = new CancellationTokenSource(s_processWait);
            await process.WaitForExitAsync(stop.Token);
            Assert.Equal(0, process.ExitCode);
            Assert.Equal("", (await process.StandardError.ReadToEndAsync()).Trim());
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    [GeneratedRegex(@"^Serving site at (?<address>http://127\.0\.0\.1:[1-9][0-9]*/) \(Ctrl\+C stops\)$")]
    private static partial Regex ServingLine();

    private Task<HttpResponseMessage> GetAsync(string path, string? acceptEncoding = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(Server.Address, path));
        if (acceptEncoding is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        }

        return s_client.SendAsync(request);
    }

    /// <summary>Sends <c>GET target</c> over a bare socket, exactly as written, and returns the response's status code.</summary>
    private async Task<int> RawGetStatusAsync(string target)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, Server.Address.Port);
        var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"));
        using var reader = new StreamReader(stream, Encoding.ASCII);
        var statusLine = await reader.ReadLineAsync() ?? "";
        return int.Parse(statusLine.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
    }

    private void Write(string relativePath, string text) => Write(relativePath, Encoding.UTF8.GetBytes(text));

    private void Write(string relativePath, byte[] bytes)
    {
        var path = Path.Combine(_root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }
}
