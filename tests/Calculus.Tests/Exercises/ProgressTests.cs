using Calculus.Exercises;

namespace Calculus.Tests.Exercises;

[Collection(LearnerStateCollection.Name)]
public sealed class ProgressTests : IDisposable
{
    public ProgressTests()
    {
        TaskLedger.Clear();
    }

    public void Dispose()
    {
        TaskLedger.Clear();
    }

    [Fact]
    public void Progress_NothingChecked_SaysToRunTheNotebook()
    {
        var progress = Checks.Progress();

        Assert.Empty(progress.Tasks);
        Assert.False(progress.AllDone);
        Assert.StartsWith("No exercise or drill has been checked yet", progress.ToString());
    }

    [Fact]
    public void Progress_MixedOutcomes_CountsAndNamesTheUndone()
    {
        Checks.Number("Exercise 1.1: the slope", 3, () => 3);
        Checks.Number("Exercise 1.2: the secant", 3, () => throw new NotImplementedException("Exercise 1.2"));
        Checks.Number("Exercise 1.3: the tangent", 3, () => 3);
        Checks.Number("Drill 1.1: the power rule", 2, () => 2);
        Checks.Number("Drill 1.2: the chain rule", 2, () => 5);
        Checks.Number("the slope stated above", 2, () => 2); // not a task

        var progress = Checks.Progress();

        Assert.Equal((2, 3, 1, 2), (progress.ExercisesDone, progress.Exercises, progress.DrillsDone, progress.Drills));
        Assert.Equal("Exercises 2/3, drills 1/2 done\nNot done yet: Exercise 1.2, Drill 1.2", progress.ToString());
        Assert.Contains("Not done yet: Exercise 1.2, Drill 1.2", progress.ToHtml());
    }

    [Fact]
    public void Progress_TaskRedoneRight_CountsItsLatestOutcome()
    {
        Checks.Number("Exercise 2.1: the gradient", 3, () => 4);
        Checks.Number("Exercise 2.1: the gradient", 3, () => 3);

        var progress = Checks.Progress();

        Assert.True(progress.AllDone);
        Assert.Equal("Exercises 1/1, drills 0/0 done\nEverything checked so far is done.", progress.ToString());
    }

    [Theory]
    [InlineData("Exercise 1.2: the secant", TaskKind.Exercise, 1, 2)]
    [InlineData("Drill 3.10: Jacobian shapes", TaskKind.Drill, 3, 10)]
    [InlineData("  Exercise 6.1", TaskKind.Exercise, 6, 1)]
    public void Parse_LabelledTitle_ReadsTheLabel(string title, TaskKind kind, int week, int number)
    {
        Assert.Equal(new TaskLabel(kind, week, number), TaskLabel.Parse(title));
    }

    [Theory]
    [InlineData("the slope stated above")]
    [InlineData("Exercises 1.2")]
    [InlineData("Drill 1")]
    [InlineData("see Exercise 1.2")]
    public void Parse_UnlabelledTitle_IsNull(string title)
    {
        Assert.Null(TaskLabel.Parse(title));
    }
}
