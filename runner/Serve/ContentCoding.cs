using Microsoft.Net.Http.Headers;

namespace Runner.Serve;

/// <summary>Which precompressed copy of a file a request may be sent: <c>x.br</c> (Brotli), <c>x.gz</c> (gzip), or none.</summary>
internal static class ContentCoding
{
    /// <summary>The codings the server looks for, best first, with the extension of the precompressed copy.</summary>
    public static readonly IReadOnlyList<(string Coding, string Extension)> Precompressed = [("br", ".br"), ("gzip", ".gz")];

    /// <summary>
    /// Whether an <c>Accept-Encoding</c> list allows <paramref name="coding"/>: named with a quality above 0, or not
    /// named and <c>*</c> has a quality above 0 (RFC 9110, section 12.5.3). No header allows nothing but the file itself.
    /// </summary>
    public static bool Accepts(IList<StringWithQualityHeaderValue> acceptEncoding, string coding)
    {
        var named = acceptEncoding.FirstOrDefault(v => string.Equals(v.Value.Value, coding, StringComparison.OrdinalIgnoreCase));
        var entry = named ?? acceptEncoding.FirstOrDefault(v => v.Value.Value == "*");
        return entry is not null && (entry.Quality ?? 1.0) > 0;
    }

    /// <summary>
    /// The file to send for <paramref name="path"/>: its best precompressed copy that exists and is accepted, with its
    /// coding, or the file itself with no coding. A request for a precompressed file itself is sent as it is.
    /// </summary>
    public static (string Path, string? Coding) Choose(string path, IList<StringWithQualityHeaderValue> acceptEncoding)
    {
        if (Precompressed.Any(p => path.EndsWith(p.Extension, StringComparison.OrdinalIgnoreCase)))
        {
            return (path, null);
        }

        foreach (var (coding, extension) in Precompressed)
        {
            if (Accepts(acceptEncoding, coding) && File.Exists(path + extension))
            {
                return (path + extension, coding);
            }
        }

        return (path, null);
    }
}
