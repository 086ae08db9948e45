namespace Runner.Serve;

/// <summary>Maps a request's path to a file under the site's root, refusing any path that leads outside it.</summary>
internal static class SitePath
{
    /// <summary>The page a folder is served as.</summary>
    public const string IndexPage = "index.html";

    /// <summary>What a request's path names under the site's root.</summary>
    public enum Kind
    {
        /// <summary>Nothing that can be served: missing, outside the root, or a folder without an index page.</summary>
        NotFound,

        /// <summary>A file (for a folder, its index page).</summary>
        File,

        /// <summary>A folder asked for without its final '/': the browser is sent to the path with it, so relative links work.</summary>
        FolderWithoutSlash,
    }

    /// <summary>
    /// Resolves the decoded request path <paramref name="requestPath"/> ("/", "/week1/page.html") against the full path
    /// <paramref name="root"/>. The file's full path must lie inside the root once "." and ".." are applied.
    /// </summary>
    public static (Kind Kind, string? FullPath) Resolve(string root, string? requestPath)
    {
        var path = string.IsNullOrEmpty(requestPath) ? "/" : requestPath;
        if (path.Contains('\0', StringComparison.Ordinal) || path.Contains('\\', StringComparison.Ordinal))
        {
            return (Kind.NotFound, null);
        }

        var rootWithSeparator = Path.EndsInDirectorySeparator(root) ? root : root + Path.DirectorySeparatorChar;
        var full = Path.GetFullPath(Path.Combine(rootWithSeparator, path.TrimStart('/')));
        if (!full.StartsWith(rootWithSeparator, StringComparison.Ordinal) && full + Path.DirectorySeparatorChar != rootWithSeparator)
        {
            return (Kind.NotFound, null);
        }

        if (Directory.Exists(full))
        {
            if (!path.EndsWith('/'))
            {
                return (Kind.FolderWithoutSlash, null);
            }

            full = Path.Combine(full, IndexPage);
        }

        return File.Exists(full) ? (Kind.File, full) : (Kind.NotFound, null);
    }
}
