using Calculus.Display;
using Calculus.Exercises;
using Kernel = Microsoft.DotNet.Interactive.Kernel;

namespace Calculus.Tests.Exercises;

[Collection(StrictChecksCollection.Name)]
public sealed class StrictChecksTests : IDisposable
{
    private const string Title = "Exercise 1.1: the slope";

    private readonly string? _original = Environment.GetEnvironmentVariable(Checks.StrictVariable);

    public StrictChecksTests()
    {
        Kernel.Displayed.Clear();
    }

    public void Dispose()
    {
        Environment.SetEnvironmentVariable(Checks.StrictVariable, _original);
        Kernel.Displayed.Clear();
    }

    [Fact]
    public void Number_StrictAndWrong_ShowsTheBlockThenThrows()
    {
        Environment.SetEnvironmentVariable(Checks.StrictVariable, "1");

        var error = Assert.Throws<CheckFailedException>(() => Checks.Number(Title, 3.0, () => 2.0, hint: "rise over run"));

        Assert.StartsWith(Title, error.Message);
        Assert.Contains("expected 3; got 2; hint: rise over run", error.Message);
        var (shown, mimeTypes) = Assert.Single(Kernel.Displayed);
        Assert.Same(error.Result, shown);
        Assert.False(error.Result.Passed);
        Assert.Empty(mimeTypes); // the kernel then uses the type's preferred mime types
    }

    [Fact]
    public void Vector_StrictAndUnfinished_ThrowsNotDoneYet()
    {
        Environment.SetEnvironmentVariable(Checks.StrictVariable, "1");

        var error = Assert.Throws<CheckFailedException>(() => Checks.Vector("Exercise 2.1: the gradient", [1, 2], () => throw new NotImplementedException("Exercise 2.1: return ∇f")));

        Assert.StartsWith("Exercise 2.1: the gradient — not yet right: not done yet: Exercise 2.1: return ∇f", error.Message);
    }

    [Fact]
    public void Number_StrictAndRight_PassesWithoutShowingOrThrowing()
    {
        Environment.SetEnvironmentVariable(Checks.StrictVariable, "1");

        var result = Checks.Number(Title, 3.0, () => 3.0);

        Assert.True(result.Passed);
        Assert.Empty(Kernel.Displayed);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("0")]
    public void Number_NotStrict_ReturnsTheFailureWithoutShowingOrThrowing(string? value)
    {
        Environment.SetEnvironmentVariable(Checks.StrictVariable, value);

        var result = Checks.Number(Title, 3.0, () => 2.0);

        Assert.False(result.Passed);
        Assert.Empty(Kernel.Displayed);
    }

    [Fact]
    public void Number_VariableFlippedBetweenChecks_IsReadAtEachCheck()
    {
        Environment.SetEnvironmentVariable(Checks.StrictVariable, "1");
        Assert.Throws<CheckFailedException>(() => Checks.Number(Title, 3.0, () => 2.0));

        Environment.SetEnvironmentVariable(Checks.StrictVariable, null);
        Assert.False(Checks.Number(Title, 3.0, () => 2.0).Passed);

        Environment.SetEnvironmentVariable(Checks.StrictVariable, "true");
        Assert.Throws<CheckFailedException>(() => Checks.Number(Title, 3.0, () => 2.0));
    }

    [Fact]
    public void FindKernelDisplay_KernelLoaded_FindsItsStaticDisplayAndOtherwiseNone()
    {
        var found = NotebookDisplay.FindKernelDisplay(AppDomain.CurrentDomain.GetAssemblies());
        var none = NotebookDisplay.FindKernelDisplay([typeof(Checks).Assembly, typeof(object).Assembly]);

        Assert.Equal(typeof(Kernel), found?.DeclaringType);
        Assert.Null(none);
    }

    [Fact]
    public void Show_NoKernelLoaded_WritesThePlainTextBlockToTheConsole()
    {
        Environment.SetEnvironmentVariable(Checks.StrictVariable, null);
        var result = Checks.Number(Title, 3.0, () => 2.0);
        var console = new StringWriter();

        NotebookDisplay.Show(result, [typeof(Checks).Assembly], console);

        Assert.Equal(result.ToString() + Environment.NewLine, console.ToString());
        Assert.StartsWith("✗ " + Title, console.ToString());
        Assert.Empty(Kernel.Displayed);
    }
}
