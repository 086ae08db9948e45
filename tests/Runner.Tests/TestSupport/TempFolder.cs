namespace Runner.Tests.TestSupport;

/// <summary>A fresh folder under the system's temporary folder, deleted when disposed.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = Directory.CreateTempSubdirectory("runner-tests-").FullName;
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Copies fixture notebooks into this folder (into <paramref name="subfolder"/> when given) and returns their new paths.</summary>
    public IReadOnlyList<string> CopyFixtures(string? subfolder, params string[] names)
    {
        var target = subfolder is null ? Path : System.IO.Path.Combine(Path, subfolder);
        Directory.CreateDirectory(target);
        return names.Select(name =>
        {
            var copy = System.IO.Path.Combine(target, name);
            System.IO.File.Copy(Fixtures.PathOf(name), copy);
            return copy;
        }).ToList();
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A worker may still be letting go of the folder; the system cleans its temporary folder.
        }
    }
}
