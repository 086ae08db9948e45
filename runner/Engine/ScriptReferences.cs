using Microsoft.CodeAnalysis;

namespace Runner.Engine;

/// <summary>
/// The framework assemblies a cell may use. On .NET 10 <c>ScriptOptions.Default</c> does not see them
/// all, so every assembly of the shared framework in the runtime's trusted platform assemblies is referenced.
/// </summary>
internal static class ScriptReferences
{
    private static readonly Lazy<IReadOnlyList<MetadataReference>> s_framework = new(LoadFramework);

    /// <summary>References to the shared framework's assemblies (System.*, Microsoft.*, netstandard, mscorlib).</summary>
    public static IReadOnlyList<MetadataReference> Framework => s_framework.Value;

    private static IReadOnlyList<MetadataReference> LoadFramework()
    {
        var frameworkDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)
            ?? throw new InvalidOperationException("Cannot find the shared framework's folder.");
        var trusted = (AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return trusted
            .Where(path => string.Equals(Path.GetDirectoryName(path), frameworkDirectory, StringComparison.Ordinal))
            .Where(path => path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToList();
    }
}
