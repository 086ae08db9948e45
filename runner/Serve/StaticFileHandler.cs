using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Headers;
using Microsoft.Net.Http.Headers;

namespace Runner.Serve;

/// <summary>
/// Answers one request with a file under the site's root: GET and HEAD only, its content type, its precompressed copy
/// when accepted, cache headers, and 304 when the browser's copy is current.
/// </summary>
internal sealed class StaticFileHandler(string root)
{
    /// <summary>The site's root folder, a full path.</summary>
    public string Root { get; } = Path.GetFullPath(root);

    /// <summary>Writes the response to <paramref name="context"/>'s request.</summary>
    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            response.Headers.Allow = "GET, HEAD";
            return;
        }

        var (kind, path) = SitePath.Resolve(Root, request.Path.Value);
        if (kind == SitePath.Kind.FolderWithoutSlash)
        {
            response.StatusCode = StatusCodes.Status301MovedPermanently;
            response.Headers.Location = request.PathBase + request.Path + "/" + request.QueryString;
            return;
        }

        if (kind == SitePath.Kind.NotFound)
        {
            response.StatusCode = StatusCodes.Status404NotFound;
            response.ContentType = ContentTypes.For(".txt");
            if (HttpMethods.IsGet(request.Method))
            {
                await response.WriteAsync("Not found.\n", context.RequestAborted).ConfigureAwait(false);
            }

            return;
        }

        var requestHeaders = request.GetTypedHeaders();
        var (sent, coding) = ContentCoding.Choose(path!, requestHeaders.AcceptEncoding);
        var file = new FileInfo(sent);
        var lastModified = TruncateToSeconds(file.LastWriteTimeUtc);
        var etag = new EntityTagHeaderValue($"\"{file.LastWriteTimeUtc.Ticks.ToString("x", CultureInfo.InvariantCulture)}-{file.Length.ToString("x", CultureInfo.InvariantCulture)}\"");

        var headers = response.GetTypedHeaders();
        response.Headers.Vary = HeaderNames.AcceptEncoding;
        response.Headers.CacheControl = CachePolicy.For(Path.GetRelativePath(Root, path!).Replace(Path.DirectorySeparatorChar, '/'));
        headers.ETag = etag;
        headers.LastModified = lastModified;
        if (IsCurrent(requestHeaders, etag, lastModified))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.ContentType = ContentTypes.For(path!);
        response.Headers.XContentTypeOptions = "nosniff";
        if (coding is not null)
        {
            response.Headers.ContentEncoding = coding;
        }

        response.ContentLength = file.Length;
        if (HttpMethods.IsGet(request.Method))
        {
            await response.SendFileAsync(sent, context.RequestAborted).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Whether the browser's copy is current: its <c>If-None-Match</c> names this ETag (or <c>*</c>), or, with no
    /// <c>If-None-Match</c>, its <c>If-Modified-Since</c> is not before the file's last change (RFC 9110, section 13.1).
    /// </summary>
    private static bool IsCurrent(RequestHeaders request, EntityTagHeaderValue etag, DateTimeOffset lastModified)
    {
        if (request.IfNoneMatch is { Count: > 0 } ifNoneMatch)
        {
            return ifNoneMatch.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(etag, useStrongComparison: false));
        }

        return request.IfModifiedSince is { } since && lastModified <= since;
    }

    /// <summary>HTTP dates have whole seconds: a file's time is compared and sent without its fraction.</summary>
    private static DateTimeOffset TruncateToSeconds(DateTime utc) =>
        new(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
}
