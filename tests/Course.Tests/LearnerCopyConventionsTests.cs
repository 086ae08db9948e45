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

    /// <summary>The fewest learner tasks (exercises and drills) a week with its full task set may have.</summary>
    public const int MinimumTasks = 12;

    /// <summary>The tag an instructor puts on a task whose TODO line states the formula or code to type.</summary>
    public const string TranscriptionTag = "transcription";

    private static readonly Regex TaskTitle = new(@"""(Exercise|Drill) \d+\.\d+\b", RegexOptions.CultureInvariant);

    public static TheoryData<string> LearnerCopies() => [.. LearnerCopyNames()];

    /// <summary>Every week: each has its full task set (issues 13 and 14).</summary>
    public static TheoryData<string> WeeksWithFullTaskSets() => [.. LearnerCopyNames()];

    [Theory]
    [MemberData(nameof(WeeksWithFullTaskSets))]
    public void LearnerTasks_AtLeastTwelve(string notebook)
    {
        var tasks = Tasks(Read(notebook));

        Assert.True(tasks.Count >= MinimumTasks, $"{notebook}: {tasks.Count} learner tasks (exercise and drill cells); a week needs at least {MinimumTasks}.");
    }

    [Theory]
    [MemberData(nameof(WeeksWithFullTaskSets))]
    public void TranscriptionTasks_AtMostAThird(string notebook)
    {
        var tasks = Tasks(Read(notebook));

        var transcription = tasks.Where(c => c.Tags.Contains(TranscriptionTag)).Select(c => c.Describe()).ToList();

        Assert.True(3 * transcription.Count <= tasks.Count, $"{notebook}: {transcription.Count} of {tasks.Count} tasks are tagged '{TranscriptionTag}' (their TODO states what to type); at most a third may be: {string.Join("; ", transcription)}");
    }

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

    private static IEnumerable<string> LearnerCopyNames() =>
        Directory.GetFiles(Path.Combine(Repository.Root, "notebooks"), "*.solution.ipynb").Order().Select(solution => Path.GetFileName(LearnerCopy.PathFor(solution)));

    private static List<NotebookCell> Tasks(Notebook notebook) =>
        notebook.Cells.Where(c => c.Tags.Contains(LearnerCopy.ExerciseTag) || c.Tags.Contains(LearnerCopy.DrillTag)).ToList();

    private static Notebook Read(string fileName) => NotebookReader.Read(Path.Combine(Repository.Root, "notebooks", fileName));
}
