namespace Runner.Cli;

/// <summary>Turns the paths on the command line (notebooks and folders) into the notebooks to run and their output paths.</summary>
internal static class NotebookPaths
{
    /// <summary>
    /// A folder gives every .ipynb under it (checkpoints and hidden files left out), each written to
    /// <paramref name="outDirectory"/> at its path relative to the folder; a file is written there by its name.
    /// With <paramref name="inPlace"/> each copy replaces its source. Problems (a missing path, a file that
    /// is not .ipynb, two notebooks with the same output, an output over its source without --in-place) are returned, not thrown.
    /// </summary>
    public static (IReadOnlyList<NotebookTarget> Targets, IReadOnlyList<string> Problems) Resolve(
        IReadOnlyList<string> paths, string outDirectory, bool inPlace)
    {
        var targets = new List<NotebookTarget>();
        var problems = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var found = Directory.EnumerateFiles(path, "*.ipynb", SearchOption.AllDirectories)
                    .Where(file => !IsHiddenOrCheckpoint(Path.GetRelativePath(path, file)))
                    .Order(StringComparer.Ordinal)
                    .ToList();
                if (found.Count == 0)
                {
                    problems.Add($"{path}: no .ipynb notebooks in this folder.");
                }

                targets.AddRange(found.Select(file => new NotebookTarget(file, inPlace ? file : Path.Combine(outDirectory, Path.GetRelativePath(path, file)))));
            }
            else if (File.Exists(path))
            {
                if (!path.EndsWith(".ipynb", StringComparison.OrdinalIgnoreCase))
                {
                    problems.Add($"{path}: not a notebook; expected a .ipynb file or a folder.");
                    continue;
                }

                targets.Add(new NotebookTarget(path, inPlace ? path : Path.Combine(outDirectory, Path.GetFileName(path))));
            }
            else
            {
                problems.Add($"{path}: no such file or folder.");
            }
        }

        foreach (var target in targets.Where(t => !inPlace && Path.GetFullPath(t.OutputPath) == Path.GetFullPath(t.SourcePath)))
        {
            problems.Add($"{target.SourcePath}: its executed copy would overwrite it; choose another --out, or pass --in-place to mean it.");
        }

        foreach (var clash in targets.GroupBy(t => Path.GetFullPath(t.OutputPath)).Where(g => g.Count() > 1))
        {
            problems.Add($"{string.Join(" and ", clash.Select(t => t.SourcePath))} would both be written to {clash.First().OutputPath}; run them separately or name their folders.");
        }

        return (targets, problems);
    }

    private static bool IsHiddenOrCheckpoint(string relativePath) =>
        relativePath.Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.'));
}
