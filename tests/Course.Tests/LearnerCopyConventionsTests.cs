using System.Text.RegularExpressions;
using Course.Tests.TestSupport;
using Runner.Notebooks;

namespace Course.Tests;

/// <summary>
/// What a learner sees on opening a week's learner copy, read without running it: short code cells (the plumbing lives
/// in the library), checks titled by the task they check, and a last cell that shows the learner's progress.
/// </summary>
public sealed class LearnerCopyConventionsTests
{
    /// <summary>The most lines a learner's code cell may have; longer cells hold plumbing that belongs in the library.</summary>
    public const int MaximumCodeCellLines = 30;

    private static readonly Regex TaskTitle = new(@"""(Exercise|Drill) \d+\.\d+\b", RegexOptions.CultureInvariant);

    public static TheoryData<string> LearnerCopies() =>
        [.. Directory.GetFiles(Path.Combine(Repository.Root, "notebooks"), "*.solution.ipynb").Order().Select(solution => Path.GetFileName(LearnerCopy.PathFor(solution)))];

    [Theory]
    [MemberData(nameof(LearnerCopies))]
    public void CodeCells_AreAtMostThirtyLines(string notebook)
    {
        var learner = Read(notebook);

        var tooLong = learner.Cells
            .Where(c => c.Type == CellType.Code)
            .Select(c => (Cell: c, Lines: c.Source.Split('\n').Length))
            .Where(c => c.Lines > MaximumCodeCellLines)
            .Select(c => $"{c.Cell.Describe()}: {c.Lines} lines")
            .ToList();

        Assert.True(tooLong.Count == 0, $"{notebook}: code cells over {MaximumCodeCellLines} lines: {string.Join("; ", tooLong)}");
    }

    [Theory]
    [MemberData(nameof(LearnerCopies))]
    public void CheckCells_TitleTheTaskTheyCheck(string notebook)
    {
        var learner = Read(notebook);

        var untitled = learner.Cells
            .Where(c => c.Tags.Contains(LearnerCopy.CheckTag) && !TaskTitle.IsMatch(c.Source))
            .Select(c => c.Describe())
            .ToList();

        Assert.True(untitled.Count == 0, $"{notebook}: check cells without an \"Exercise N.M\" or \"Drill N.M\" title: {string.Join("; ", untitled)}");
    }

    [Theory]
    [MemberData(nameof(LearnerCopies))]
    public void LastCodeCell_ShowsProgress(string notebook)
    {
        var learner = Read(notebook);

        var last = learner.Cells.Last(c => c.Type == CellType.Code);

        Assert.True(last.Source.Trim() == "Checks.Progress()", $"{notebook}: the last code cell, {last.Describe()}, is not Checks.Progress().");
    }

    private static Notebook Read(string fileName) => NotebookReader.Read(Path.Combine(Repository.Root, "notebooks", fileName));
}
