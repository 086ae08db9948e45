using Microsoft.CodeAnalysis;

namespace Calculus.Live;

/// <summary>What the live course carries inside this assembly: the course's data files and the DLLs cells compile against.</summary>
internal static class CourseFiles
{
    private const string DataPrefix = "data/";
    private const string ReferencePrefix = "reference/";

    /// <summary>
    /// The framework assemblies cells compile against: those the live engine ships whole (its TrimmerRootAssembly list),
    /// so that a cell using anything else fails to compile, with a message, rather than failing while it runs.
    /// </summary>
    public static readonly IReadOnlySet<string> FrameworkReferences = new HashSet<string>(StringComparer.Ordinal)
    {
        "System.Runtime", "System.Linq", "System.Collections", "System.Console", "System.Text.RegularExpressions",
        "System.Runtime.Numerics", "System.Memory", "System.Collections.Concurrent", "System.Linq.Expressions",
        "System.ComponentModel.Primitives", "System.Text.Json", "System.Runtime.Extensions", "System.Threading",
        "System.Threading.Tasks", "System.Diagnostics.Process", "System.Net.Primitives", "System.ObjectModel",
        "System.Collections.Specialized", "System.IO", "netstandard", "mscorlib",
    };

    /// <summary>The names of the embedded data files (data/README.md and the CSV datasets).</summary>
    public static IReadOnlyList<string> DataFiles => Names(DataPrefix);

    /// <summary>The framework's reference assemblies, then the course library, its dependencies and the kernel stand-in.</summary>
    public static IReadOnlyList<MetadataReference> References()
    {
        var references = new List<MetadataReference>(Basic.Reference.Assemblies.Net100.References.All
            .Where(reference => FrameworkReferences.Contains(Path.GetFileNameWithoutExtension(reference.FilePath) ?? string.Empty)));
        foreach (var name in Names(ReferencePrefix))
        {
            using var stream = Open(ReferencePrefix + name);
            references.Add(MetadataReference.CreateFromStream(stream, filePath: name));
        }

        return references;
    }

    /// <summary>
    /// Writes the data files to <paramref name="courseRoot"/>/data (where missing) and makes <paramref name="courseRoot"/>/notebooks
    /// the current folder, as a notebook's folder is in the repository, so that <c>DataFolder.Find()</c> works unchanged.
    /// </summary>
    public static void LayOut(string courseRoot)
    {
        var data = Path.Combine(courseRoot, "data");
        Directory.CreateDirectory(data);
        foreach (var name in DataFiles)
        {
            var path = Path.Combine(data, name);
            if (!File.Exists(path))
            {
                using var stream = Open(DataPrefix + name);
                using var file = File.Create(path);
                stream.CopyTo(file);
            }
        }

        var notebooks = Path.Combine(courseRoot, "notebooks");
        Directory.CreateDirectory(notebooks);
        Directory.SetCurrentDirectory(notebooks);
    }

    private static IReadOnlyList<string> Names(string prefix) => typeof(CourseFiles).Assembly.GetManifestResourceNames()
        .Where(name => name.StartsWith(prefix, StringComparison.Ordinal))
        .Select(name => name[prefix.Length..])
        .Order(StringComparer.Ordinal)
        .ToList();

    private static Stream Open(string resource) => typeof(CourseFiles).Assembly.GetManifestResourceStream(resource)
        ?? throw new InvalidOperationException($"The live engine was built without its resource '{resource}'.");
}
