using Calculus.Display;
using Calculus.Exercises;
using Calculus.Symbolic;
using MathNet.Numerics.LinearAlgebra;
using Kernel = Microsoft.DotNet.Interactive.Kernel;

namespace Calculus.Tests.Exercises;

[Collection(LearnerStateCollection.Name)]
public sealed class DrillTests : IDisposable
{
    public DrillTests()
    {
        Kernel.Displayed.Clear();
        TaskLedger.Clear();
    }

    public void Dispose()
    {
        Kernel.Displayed.Clear();
        TaskLedger.Clear();
    }

    /// <summary>A fixed question, d/dx sin(x²) = 2x·cos(x²), worked out by hand.</summary>
    private static DrillQuestion SineOfSquare(Random random) => new(
        "the chain rule",
        "Differentiate $\\sin(x^2)$.",
        ExpectedAnswer.Expression(Expr.Parse("2*x*cos(x^2)")),
        "Let $u = x^2$.",
        "$2x\\cos(x^2)$");

    [Theory]
    [InlineData("2*x*cos(x^2)")]
    [InlineData("2x cos(x²)")]
    [InlineData("cos(x^2)*x*2")]
    [InlineData("x*cos(x*x) + cos(x^2)*x")]
    public void Check_EquivalentForms_Pass(string answer)
    {
        var result = Drill.Of("Drill 1.3", SineOfSquare).Check(answer);

        Assert.True(result.Passed, result.ToString());
        Assert.StartsWith("Drill 1.3: the chain rule", result.Title);
    }

    [Fact]
    public void Check_AnswerAsExpr_Passes()
    {
        var x = Expr.Variable("x");

        Assert.True(Drill.Of("Drill 1.3", SineOfSquare).Check(2 * x * Expr.Cos(x * x)).Passed);
    }

    [Fact]
    public void Check_WrongForm_FailsWithAPointWhereItDiffers()
    {
        var result = Drill.Of("Drill 1.3", SineOfSquare).Check("cos(x^2)");

        Assert.False(result.Passed);
        var detail = result.Details[0];
        Assert.Matches(@"^at x = -?[\d.]+ your answer gives -?[\d.]+, but the right answer gives -?[\d.]+$", detail);

        // The point named is a real counterexample.
        var at = double.Parse(System.Text.RegularExpressions.Regex.Match(detail, @"x = (-?[\d.]+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.NotEqual(Math.Cos(at * at), 2 * at * Math.Cos(at * at), 3);
    }

    [Fact]
    public void Check_UnknownVariable_SaysWhich()
    {
        var result = Drill.Of("Drill 1.3", SineOfSquare).Check("2*y*cos(y^2)");

        Assert.Contains("your answer uses y", result.Details[0]);
    }

    [Fact]
    public void Check_Unreadable_SaysSo()
    {
        var result = Drill.Of("Drill 1.3", SineOfSquare).Check("2x cos(");

        Assert.False(result.Passed);
        Assert.StartsWith("could not read your answer", result.Details[0]);
    }

    [Fact]
    public void Check_Todo_IsNotDoneYet()
    {
        var result = Drill.Of("Drill 1.3", SineOfSquare).Check(Answer.Todo);

        Assert.False(result.Passed);
        Assert.StartsWith("not done yet", result.Details[0]);
    }

    [Fact]
    public void Check_SecondWrongTry_ShowsTheWorkedSolution()
    {
        var drill = Drill.Of("Drill 1.3", SineOfSquare);

        var first = drill.Check("cos(x^2)");
        Assert.Empty(Kernel.Displayed);
        Assert.Contains(first.Details, d => d.Contains(".Hint()"));

        var second = drill.Check("sin(x^2)");
        var (shown, _) = Assert.Single(Kernel.Displayed);
        var solution = Assert.IsType<Markdown>(shown);
        Assert.Contains("Worked solution to Drill 1.3", solution.Text);
        Assert.Contains("2*x*cos(x^2)", solution.Text.Replace(" ", string.Empty));
        Assert.Contains(second.Details, d => d.Contains("worked solution is shown above"));
        Assert.Equal(2, drill.WrongTries);
    }

    [Fact]
    public void Of_BadLabel_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => Drill.Of("Exercise 1.1", SineOfSquare));
        Assert.Contains("Drill N.M", error.Message);
        Assert.Throws<ArgumentException>(() => Drill.Of("Drill 1.1: extra", SineOfSquare));
    }

    [Fact]
    public void Of_SameSeed_PosesTheSameQuestion()
    {
        var first = Drill.Of("Drill 1.1", Drills.PowerRule, seed: 7);
        var again = Drill.Of("Drill 1.1", Drills.PowerRule, seed: 7);

        Assert.Equal(first.Current.Question, again.Current.Question);
        Assert.Equal(first.ToMarkdown(), again.ToMarkdown());
    }

    [Fact]
    public void New_PosesAnotherQuestionAndForgetsWrongTries()
    {
        var drill = Drill.Of("Drill 1.1", Drills.PowerRule, seed: 1);
        drill.Check("0");
        var questions = new HashSet<string> { drill.Current.Question };

        for (var i = 0; i < 5; i++)
        {
            questions.Add(drill.New().Current.Question);
        }

        Assert.Equal(6, drill.Seed);
        Assert.Equal(0, drill.WrongTries);
        Assert.True(questions.Count >= 4, $"only {questions.Count} different questions in 6 seeds");
    }

    [Fact]
    public void Check_RecordsProgressUnderItsLabel()
    {
        var drill = Drill.Of("Drill 2.4", SineOfSquare);
        drill.Check(Answer.Todo);
        Assert.Equal("Exercises 0/0, drills 0/1 done", Checks.Progress().ToString().Split('\n')[0]);

        drill.Check("2x cos(x^2)");
        Assert.Equal("Exercises 0/0, drills 1/1 done", Checks.Progress().ToString().Split('\n')[0]);
    }

    [Fact]
    public void Number_WithinTolerance_Passes()
    {
        var expected = ExpectedAnswer.Number(2.5, tolerance: 1e-3);

        Assert.Null(expected.Judge(2.5004, seed: 1));
        Assert.Contains("not right", expected.Judge(2.51, seed: 1));
        Assert.Contains("expected a number", expected.Judge("2.5", seed: 1));
    }

    [Fact]
    public void Vector_WrongComponent_NamesIt()
    {
        var expected = ExpectedAnswer.Vector([1.0, -2.0]);

        Assert.Null(expected.Judge(new[] { 1.0, -2.0 }, seed: 1));
        Assert.Equal("component 2 of your answer, 2, is not right", expected.Judge(new[] { 1.0, 2.0 }, seed: 1));
        Assert.Equal("expected 2 components; your answer has 3", expected.Judge(new[] { 1.0, -2.0, 0.0 }, seed: 1));
    }

    [Fact]
    public void Matrix_WrongEntryOrShape_NamesIt()
    {
        var expected = ExpectedAnswer.Matrix(Matrix<double>.Build.DenseOfArray(new double[,] { { 2, 1 }, { 1, 6 } }));

        Assert.Null(expected.Judge(new double[,] { { 2, 1 }, { 1, 6 } }, seed: 1));
        Assert.Equal("entry (2, 2) of your answer, 5, is not right", expected.Judge(new double[,] { { 2, 1 }, { 1, 5 } }, seed: 1));
        Assert.Contains("your answer is 1×2", expected.Judge(new double[,] { { 2, 1 } }, seed: 1));
    }

    [Fact]
    public void VectorAndMatrix_WholeNumberArrays_AreJudgedAsDoubles()
    {
        var vector = ExpectedAnswer.Vector([0.0, -9.0]);
        var matrix = ExpectedAnswer.Matrix(Matrix<double>.Build.DenseOfArray(new double[,] { { 2, 0 }, { 0, 6 } }));

        Assert.Null(vector.Judge(new[] { 0, -9 }, seed: 1));
        Assert.Equal("component 2 of your answer, 9, is not right", vector.Judge(new[] { 0, 9 }, seed: 1));
        Assert.Null(matrix.Judge(new[,] { { 2, 0 }, { 0, 6 } }, seed: 1));
        Assert.Equal("entry (1, 2) of your answer, 1, is not right", matrix.Judge(new[,] { { 2, 1 }, { 0, 6 } }, seed: 1));
    }

    [Fact]
    public void Choice_LetterOrNumber_IsJudged()
    {
        var expected = ExpectedAnswer.Choice(1, ["a minimum", "a maximum", "a saddle point"]);

        Assert.Null(expected.Judge("B", seed: 1));
        Assert.Null(expected.Judge("b", seed: 1));
        Assert.Null(expected.Judge(2, seed: 1));
        Assert.Equal("A is not right", expected.Judge("A", seed: 1));
        Assert.Contains("expected one of the letters A to C", expected.Judge("D", seed: 1));
    }

    [Fact]
    public void Choice_BadCorrectIndex_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ExpectedAnswer.Choice(3, ["a", "b", "c"]));
        Assert.Throws<ArgumentException>(() => ExpectedAnswer.Choice(0, ["only"]));
    }

    [Fact]
    public void Display_QuestionIsMarkdownWithItsLabel()
    {
        var formatters = new DrillFormatterSource().CreateTypeFormatters().Cast<MimeFormatter>().ToList();
        var markdown = new StringWriter();

        Assert.True(formatters.Single(f => f.MimeType == "text/markdown").Format(Drill.Of("Drill 1.3", SineOfSquare), markdown));
        Assert.StartsWith("**Drill 1.3: the chain rule.** Differentiate $\\sin(x^2)$.", markdown.ToString());
    }
}
