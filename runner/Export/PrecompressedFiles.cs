using System.IO.Compression;

namespace Runner.Export;

/// <summary>
/// Writes Brotli (<c>.br</c>) and gzip (<c>.gz</c>) copies beside a site's text files, which 'runner serve' sends to a
/// browser that accepts them: plotly.js is 4.8 MB as it is and 1.4 MB as gzip. The live engine's files come from the
/// .NET SDK already compressed and are left alone.
/// </summary>
internal static class PrecompressedFiles
{
    private static readonly HashSet<string> s_compressible = new(StringComparer.OrdinalIgnoreCase) { ".html", ".js", ".mjs", ".css", ".json", ".svg", ".txt" };

    /// <summary>Compresses every text file under <paramref name="siteFolder"/> except those under <paramref name="skipFolder"/>, where the copies are older than the file; returns how many it compressed.</summary>
    public static int Write(string siteFolder, string skipFolder)
    {
        var skip = Path.GetFullPath(skipFolder) + Path.DirectorySeparatorChar;
        var count = 0;
        foreach (var file in Directory.EnumerateFiles(siteFolder, "*", SearchOption.AllDirectories))
        {
            if (!s_compressible.Contains(Path.GetExtension(file)) || Path.GetFullPath(file).StartsWith(skip, StringComparison.Ordinal))
            {
                continue;
            }

            if (File.Exists(file + ".br") && File.Exists(file + ".gz") && File.GetLastWriteTimeUtc(file + ".br") >= File.GetLastWriteTimeUtc(file) && File.GetLastWriteTimeUtc(file + ".gz") >= File.GetLastWriteTimeUtc(file))
            {
                continue; // Compressed since the file last changed (plotly.js takes seconds).
            }

            var bytes = File.ReadAllBytes(file);
            WriteAtomically(file + ".br", bytes, output => new BrotliStream(output, CompressionLevel.SmallestSize));
            WriteAtomically(file + ".gz", bytes, output => new GZipStream(output, CompressionLevel.SmallestSize));
            count++;
        }

        return count;
    }

    private static void WriteAtomically(string path, byte[] bytes, Func<Stream, Stream> compressor)
    {
        var temporary = path + ".tmp";
        using (var output = File.Create(temporary))
        using (var compressed = compressor(output))
        {
            compressed.Write(bytes);
        }

        File.Move(temporary, path, overwrite: true);
    }
}
