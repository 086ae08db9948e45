using System.Text.Json.Nodes;
using Course.Tests.TestSupport;
using Runner.Execution;
using Runner.Export;
using Runner.Notebooks;

namespace Course.Tests;

/// <summary>
/// The exercise convention, end to end: an instructor notebook runs with no failure; its generated learner copy fails
/// only in exercise, check and drill cells, and every exercise's check and every drill fails there (so each is proved able to fail).
/// </summary>
[Collection(WholeCourseCollection.Name)]
public sealed class ExercisesTests
{
    private static readonly NotebookExecutor s_executor = new(NotebookExecutor.DefaultTimeout);

    [Fact]
    public async Task FixtureExercises_InstructorPassesAndLearnerCopyFailsOnlyItsChecks()
    {
        var folder = Directory.CreateTempSubdirectory("exercises-").FullName;
        var solution = Path.Combine(folder, "01-exercises.solution.ipynb");
        File.WriteAllText(solution, File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "exercises", "01-exercises.solution.ipynb"))
            .Replace("{{CALCULUS_DLL}}", Repository.LibraryPath.Replace("\\", "/")));

        var checkedExercises = await CheckInstructorAndLearnerAsync(solution);

        Assert.Equal(2, checkedExercises);
    }

    [Fact]
    public async Task CourseNotebooks_EachInstructorPassesAndEachLearnerCopyFailsOnlyItsChecks()
    {
        var notebooks = Directory.GetFiles(Path.Combine(Repository.Root, "notebooks"), "*" + LearnerCopy.SolutionSuffix);
        foreach (var solution in notebooks)
        {
            await CheckInstructorAndLearnerAsync(solution, committedLearnerCopy: LearnerCopy.PathFor(solution), minimumFigures: 4);
        }
    }

    /// <summary>Runs an instructor notebook and its learner copy; returns how many exercises were checked.</summary>
    private static async Task<int> CheckInstructorAndLearnerAsync(string solutionPath, string? committedLearnerCopy = null, int minimumFigures = 0)
    {
        var instructor = NotebookReader.Read(solutionPath);
        var instructorRun = await s_executor.RunAsync(instructor);
        Assert.True(instructorRun.Passed, $"{solutionPath}:\n{string.Join("\n", instructorRun.Failures)}");

        // A figure reaches every front end: Plotly's JSON for VS Code and JupyterLab, HTML wherever scripts run.
        var figures = instructorRun.Executed["cells"]!.AsArray()
            .SelectMany(cell => cell!["outputs"]?.AsArray() ?? [])
            .Count(output => output!["data"] is JsonObject data && data.ContainsKey(OutputHtml.PlotlyMimeType) && data.ContainsKey("text/html"));
        Assert.True(figures >= minimumFigures, $"{solutionPath}: {figures} outputs carry both Plotly JSON and HTML; expected at least {minimumFigures}.");

        // The learner copy as generated (and, for the course, as committed: runner student --verify keeps them equal).
        var learnerPath = committedLearnerCopy ?? LearnerCopy.PathFor(solutionPath);
        if (committedLearnerCopy is null)
        {
            File.WriteAllText(learnerPath, LearnerCopy.Generate(instructor));
        }

        var learner = NotebookReader.Read(learnerPath);
        var learnerRun = await s_executor.RunAsync(learner);
        var failingCells = learnerRun.Failures.Select(f => f.Cell!).ToList();
        Assert.All(failingCells, cell => Assert.True(
            cell.Tags.Contains(LearnerCopy.ExerciseTag) || cell.Tags.Contains(LearnerCopy.CheckTag) || cell.Tags.Contains(LearnerCopy.DrillTag),
            $"{learnerPath}: {cell.Describe()} failed but is neither an exercise, a check nor a drill: {learnerRun.Failures.First(f => f.Cell == cell).Message}"));

        // The stubs must compile: an exercise may fail only by throwing, and a check only by reporting a failed check.
        foreach (var failure in learnerRun.Failures)
        {
            Assert.False(failure.Message.Contains(": error CS", StringComparison.Ordinal), $"{learnerPath}: the learner copy does not compile: {failure}");
            if (failure.Cell!.Tags.Contains(LearnerCopy.CheckTag) || failure.Cell.Tags.Contains(LearnerCopy.DrillTag))
            {
                Assert.StartsWith("check failed: ", failure.Message);
            }
        }

        // Each exercise is followed by its check, and that check must fail while the exercise is a stub.
        var exercises = learner.Cells.Where(c => c.Tags.Contains(LearnerCopy.ExerciseTag)).ToList();
        foreach (var exercise in exercises)
        {
            var check = learner.Cells.Skip(exercise.Index + 1).FirstOrDefault(c => c.Tags.Contains(LearnerCopy.CheckTag));
            Assert.True(check is not null, $"{learnerPath}: {exercise.Describe()} has no check cell after it.");
            Assert.True(failingCells.Any(c => c.Index == check!.Index), $"{learnerPath}: {check!.Describe()} passed although its exercise is not done.");
        }

        // Each drill answers Answer.Todo in the learner copy, so its cell must fail "not done yet".
        foreach (var drill in learner.Cells.Where(c => c.Tags.Contains(LearnerCopy.DrillTag)))
        {
            Assert.True(failingCells.Any(c => c.Index == drill.Index), $"{learnerPath}: {drill.Describe()} passed although the drill is not answered.");
        }

        return exercises.Count;
    }
}
