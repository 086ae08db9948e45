namespace Runner.Serve;

/// <summary>The <c>Cache-Control</c> the site server sends for a file.</summary>
internal static class CachePolicy
{
    /// <summary>Pages are checked with the server every time (a 304 when unchanged), so a new export shows at once.</summary>
    public const string Revalidate = "no-cache";

    /// <summary>Other files (styles, scripts, fonts, data) are reused for an hour across pages without asking.</summary>
    public const string AnHour = "public, max-age=3600";

    /// <summary>A fingerprinted runtime file never changes under its name: a new build gives it a new name.</summary>
    public const string Immutable = "public, max-age=31536000, immutable";

    /// <summary>The folder in which the .NET SDK puts the WebAssembly runtime's files.</summary>
    public const string FrameworkFolder = "_framework";

    /// <summary>Length of the fingerprint the .NET SDK puts in a runtime file's name (<c>dotnet.native.8kqw1ehrtn.wasm</c>).</summary>
    private const int FingerprintLength = 10;

    /// <summary>
    /// The policy for the file at <paramref name="relativePath"/> (from the site's root, '/'-separated): <see cref="Revalidate"/>
    /// for .html; under <c>_framework/</c>, <see cref="Immutable"/> for a fingerprinted name and <see cref="Revalidate"/> for the
    /// others (the runtime's entry points, which name the fingerprinted files of the current build); <see cref="AnHour"/> for the rest.
    /// </summary>
    public static string For(string relativePath)
    {
        var extension = Path.GetExtension(relativePath);
        if (extension.Equals(".html", StringComparison.OrdinalIgnoreCase) || extension.Equals(".htm", StringComparison.OrdinalIgnoreCase))
        {
            return Revalidate;
        }

        var segments = relativePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.SkipLast(1).Contains(FrameworkFolder, StringComparer.Ordinal))
        {
            return IsFingerprinted(segments[^1]) ? Immutable : Revalidate;
        }

        return AnHour;
    }

    /// <summary>
    /// Whether a file name has a fingerprint: a dot-separated part, neither first nor last, of ten lower-case letters and
    /// digits with at least one digit (so a word such as "extensions" is not taken for one).
    /// </summary>
    public static bool IsFingerprinted(string fileName)
    {
        var parts = fileName.Split('.');
        return parts.Skip(1).SkipLast(1).Any(part =>
            part.Length == FingerprintLength
            && part.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c))
            && part.Any(char.IsAsciiDigit));
    }
}
