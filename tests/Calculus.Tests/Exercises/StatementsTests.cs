using Calculus.Display;
using Calculus.Exercises;
using Kernel = Microsoft.DotNet.Interactive.Kernel;

namespace Calculus.Tests.Exercises;

[Collection(LearnerStateCollection.Name)]
public sealed class StatementsTests : IDisposable
{
    public StatementsTests()
    {
        Kernel.Displayed.Clear();
        TaskLedger.Clear();
    }

    public void Dispose()
    {
        Kernel.Displayed.Clear();
        TaskLedger.Clear();
    }

    [Fact]
    public void Confirm_AllHold_ShowsNothingAndReturnsOneLine()
    {
        var confirmed = Statements.Confirm(
            Checks.Number("the slope m ≈ 0.77", 0.77, () => 0.7712, tolerance: 0.005),
            Checks.Vector("the roots ±1", [-1.0, 1.0], () => [-1.0, 1.0]));

        Assert.Empty(Kernel.Displayed);
        Assert.Equal(2, confirmed.Count);
        Assert.Equal("✓ 2 statements checked", confirmed.ToString());
        Assert.Equal("✓ 1 statement checked", Statements.Confirm("the error falls", 0.1 < 0.2).ToString());
    }

    [Fact]
    public void Confirm_OneFails_ShowsItsRedBlockAndThrows()
    {
        var error = Assert.Throws<StatementFailedException>(() => Statements.Confirm(
            Checks.Number("the slope m ≈ 0.77", 0.77, () => 0.7712, tolerance: 0.005),
            Checks.Number("the intercept c ≈ 2", 2.0, () => 2.5, tolerance: 0.01)));

        var (shown, _) = Assert.Single(Kernel.Displayed);
        var block = Assert.IsType<CheckResult>(shown);
        Assert.False(block.Passed);
        Assert.Equal("the intercept c ≈ 2", block.Title);
        Assert.Contains("the intercept c ≈ 2: expected 2; got 2.5", error.Message);
        Assert.Same(block, Assert.Single(error.Failures));
    }

    [Fact]
    public void Confirm_FalseClaim_ThrowsWithItsDetail()
    {
        var error = Assert.Throws<StatementFailedException>(() => Statements.Confirm("the error falls", false, detail: "it rose"));

        Assert.Contains("the error falls", error.Message);
        Assert.Contains("hint: it rose", error.Message);
    }

    [Fact]
    public void Confirm_NoChecks_Throws()
    {
        Assert.Throws<ArgumentException>(() => Statements.Confirm());
    }

    [Fact]
    public void Confirm_StatementChecks_AreNotCountedAsProgress()
    {
        Statements.Confirm(Checks.Number("the slope", 1, () => 1));

        Assert.Empty(Checks.Progress().Tasks);
    }

    [Fact]
    public void Display_IsPlainTextOnly()
    {
        var formatters = new StatementsCheckedFormatterSource().CreateTypeFormatters().Cast<MimeFormatter>().ToList();

        Assert.Equal(["text/plain"], formatters.Select(f => f.MimeType));
    }
}
