namespace Calculus.Data;

/// <summary>
/// Finds the course's <c>data/</c> folder: from a notebook's folder (a notebook runs in its own folder) or the
/// repository's root, looking upwards for a folder named <c>data</c> that holds the datasets' README.md.
/// </summary>
public static class DataFolder
{
    /// <summary>The data folder found at or above <paramref name="startFolder"/> (the current directory when null).</summary>
    /// <exception cref="DirectoryNotFoundException">No data/ folder with a README.md is at or above the start.</exception>
    public static string Find(string? startFolder = null)
    {
        var start = Path.GetFullPath(startFolder ?? Directory.GetCurrentDirectory());
        for (var folder = start; folder is not null; folder = Path.GetDirectoryName(folder))
        {
            var candidate = Path.Combine(folder, "data");
            if (File.Exists(Path.Combine(candidate, "README.md")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"No data/ folder (with its README.md) was found in {start} or any folder above it; the course's datasets live in data/ at the repository's root.");
    }

    /// <summary>The full path of a dataset file in the data folder, e.g. <c>DataFolder.PathOf("heights.csv")</c>.</summary>
    /// <exception cref="DirectoryNotFoundException">No data/ folder was found.</exception>
    public static string PathOf(string fileName, string? startFolder = null) => Path.Combine(Find(startFolder), fileName);
}
