namespace Runner.Tests.TestSupport;

/// <summary>The fixture notebooks in tests/Runner.Tests/Fixtures, copied beside the test assembly.</summary>
internal static class Fixtures
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    public static string PathOf(string name) => Path.Combine(Folder, name);
}
