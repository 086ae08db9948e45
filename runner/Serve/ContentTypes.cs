namespace Runner.Serve;

/// <summary>The <c>Content-Type</c> the site server sends for a file, decided by its extension.</summary>
internal static class ContentTypes
{
    /// <summary>What a file of an unknown kind is sent as: bytes the browser must not try to render.</summary>
    public const string Unknown = "application/octet-stream";

    private const string Utf8 = "; charset=utf-8";

    /// <summary>
    /// Extension (lower case, with its dot) to media type. Text types carry <c>charset=utf-8</c>, which is how the
    /// exporter writes them. The WebAssembly runtime's <c>.dat</c> (ICU data), <c>.blat</c> and <c>.pdb</c> are binary.
    /// </summary>
    private static readonly IReadOnlyDictionary<string, string> s_byExtension = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [".html"] = "text/html" + Utf8,
        [".htm"] = "text/html" + Utf8,
        [".js"] = "text/javascript" + Utf8,
        [".mjs"] = "text/javascript" + Utf8,
        [".css"] = "text/css" + Utf8,
        [".json"] = "application/json" + Utf8,
        [".map"] = "application/json" + Utf8,
        [".webmanifest"] = "application/manifest+json" + Utf8,
        [".ipynb"] = "application/x-ipynb+json" + Utf8,
        [".csv"] = "text/csv" + Utf8,
        [".txt"] = "text/plain" + Utf8,
        [".md"] = "text/markdown" + Utf8,
        [".xml"] = "application/xml" + Utf8,
        [".svg"] = "image/svg+xml" + Utf8,
        [".wasm"] = "application/wasm",
        [".dll"] = Unknown,
        [".dat"] = Unknown,
        [".blat"] = Unknown,
        [".pdb"] = Unknown,
        [".woff2"] = "font/woff2",
        [".woff"] = "font/woff",
        [".ttf"] = "font/ttf",
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".gif"] = "image/gif",
        [".webp"] = "image/webp",
        [".ico"] = "image/x-icon",
        [".pdf"] = "application/pdf",
    };

    /// <summary>The media type for <paramref name="path"/>'s extension (case-insensitive); <see cref="Unknown"/> for any other.</summary>
    public static string For(string path) =>
        s_byExtension.TryGetValue(Path.GetExtension(path).ToLowerInvariant(), out var type) ? type : Unknown;
}
