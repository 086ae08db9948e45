namespace Course.Tests.TestSupport;

/// <summary>Paths in the repository the tests run from: its root, the built library, the output folder.</summary>
internal static class Repository
{
    /// <summary>The folder holding MultivariateCalculus.slnx, found above the test's own folder.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The library as notebooks load it (lib/bin/&lt;configuration&gt;/net8.0/Calculus.dll), MathNet beside it.</summary>
    public static string LibraryPath
    {
        get
        {
            var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";
            var path = Path.Combine(Root, "lib", "bin", configuration, "net8.0", "Calculus.dll");
            Assert.True(File.Exists(path), $"The library was not built at {path}.");
            Assert.True(File.Exists(Path.Combine(Path.GetDirectoryName(path)!, "MathNet.Numerics.dll")), "MathNet.Numerics.dll is not beside the library.");
            return path;
        }
    }

    /// <summary>out/ at the repository's root, where tests leave what a person may want to look at (screenshots).</summary>
    public static string Out => Path.Combine(Root, "out");

    private static string FindRoot()
    {
        var folder = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(folder, "MultivariateCalculus.slnx")))
        {
            folder = Path.GetDirectoryName(folder) ?? throw new InvalidOperationException("The repository's root was not found above the test folder.");
        }

        return folder;
    }
}
