using Calculus.Data;

// Writes every synthetic dataset into data/ (this program's parent folder), from the seeded generators in lib/Data.
var dataFolder = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", ".."));
if (!File.Exists(Path.Combine(dataFolder, "README.md")))
{
    dataFolder = DataFolder.Find();
}

foreach (var (fileName, text) in SyntheticData.All())
{
    var path = Path.Combine(dataFolder, fileName);
    var temporary = path + ".tmp";
    File.WriteAllText(temporary, text);
    File.Move(temporary, path, overwrite: true);
    Console.WriteLine($"wrote {path}");
}
