using System.Text.Json.Nodes;
using Calculus.Display;
using Calculus.Exercises;
using MathNet.Numerics.LinearAlgebra;

namespace Calculus.Tests.Exercises;

public sealed class ChecksTests
{
    [Fact]
    public void Number_RightAnswer_Passes()
    {
        var result = Checks.Number("Exercise 1.1: the slope", 3.0, () => (8.0 - 2) / (3 - 1));

        Assert.True(result.Passed);
        Assert.StartsWith("✓ Exercise 1.1: the slope — passed", result.ToString());
    }

    [Fact]
    public void Number_WrongAnswer_FailsWithExpectedGotAndHint()
    {
        var result = Checks.Number("Exercise 1.1: the slope", 3.0, () => 2.0, hint: "rise over run");

        Assert.False(result.Passed);
        Assert.Equal(["expected 3", "got 2", "hint: rise over run"], result.Details);
    }

    [Fact]
    public void Number_UnfinishedExercise_SaysNotDoneYetInsteadOfThrowing()
    {
        var result = Checks.Number("Exercise 1.1: the slope", 3.0, () => throw new NotImplementedException("Exercise 1.1: return the slope"));

        Assert.False(result.Passed);
        Assert.Equal("not done yet: Exercise 1.1: return the slope", result.Details[0]);
    }

    [Fact]
    public void Relative_TinyNumber_IsJudgedRelativelyWhereNumberWouldPassAnything()
    {
        // 3.7e-34 against 0: Number's tolerance 0.01·max(1, 3.7e-34) = 0.01 passes it; 1 % of 3.7e-34 does not.
        Assert.True(Checks.Number("absolute", 3.7e-34, () => 0, 0.01).Passed);

        Assert.False(Checks.Relative("relative", 3.7e-34, () => 0, 0.01).Passed);
        Assert.True(Checks.Relative("relative", 3.7e-34, () => 3.73e-34, 0.01).Passed);
        Assert.False(Checks.Relative("relative", -0.047, () => -0.049, 0.01).Passed);
        Assert.Contains("to within 1 %", string.Join(" ", Checks.Relative("relative", 2.0, () => 3.0, 0.01).Details));
    }

    [Theory]
    [InlineData(0, 0.01)]
    [InlineData(double.NaN, 0.01)]
    [InlineData(1, 0)]
    public void Relative_ZeroExpectedOrNoTolerance_Throws(double expected, double tolerance)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Checks.Relative("bad", expected, () => 1, tolerance));
    }

    [Fact]
    public void Number_WithinTheTolerance_PassesAndBeyondItFails()
    {
        Assert.True(Checks.Number("t", 1000, () => 1000.0005, tolerance: 1e-6).Passed); // relative above 1
        Assert.False(Checks.Number("t", 1e-3, () => 1.5e-3, tolerance: 1e-4).Passed); // absolute below 1
        Assert.False(Checks.Number("t", 1, () => double.NaN).Passed);
    }

    [Fact]
    public void VectorAndMatrix_OneWrongEntry_NameIt()
    {
        var vector = Checks.Vector("v", [1, 2, 3], () => new[] { 1, 2.5, 3 });
        var matrix = Checks.Matrix("m", Matrix<double>.Build.DenseIdentity(2), () => Matrix<double>.Build.DenseOfArray(new double[,] { { 1, 0 }, { 0.5, 1 } }));
        var shape = Checks.Vector("v", [1, 2], () => new[] { 1.0 });

        Assert.Contains("component 1 is off by 0.5", vector.Details);
        Assert.Equal("expected entry (1, 0) to be 0", matrix.Details[0]);
        Assert.Equal("expected 2 components", shape.Details[0]);
    }

    [Fact]
    public void FunctionDerivativeAndGradient_AgainstReferences_PassWhenRightAndFailWhenWrong()
    {
        var points = new[] { -1.0, 0.3, 2.0 };

        Assert.True(Checks.Function("f", Math.Sin, x => Math.Sin(x), points).Passed);
        Assert.True(Checks.Derivative("f'", Math.Sin, Math.Cos, points).Passed);
        Assert.False(Checks.Derivative("f'", Math.Sin, x => -Math.Cos(x), points).Passed);
        Assert.True(Checks.Gradient("∇f", p => (p[0] * p[0]) + (3 * p[1]), p => [2 * p[0], 3.0], [[1, 2], [-0.5, 0]]).Passed);
        Assert.False(Checks.Gradient("∇f", p => (p[0] * p[0]) + (3 * p[1]), p => [p[0], 3.0], [[1, 2]]).Passed);
    }

    [Fact]
    public void Formatters_FailedCheck_GiveHtmlTextAndMachineReadableJson()
    {
        var result = Checks.Number("Exercise 2.1: <b>", 1, () => 2);
        var formatters = new CheckResultFormatterSource().CreateTypeFormatters().Cast<MimeFormatter>().ToDictionary(f => f.MimeType);

        string Write(string mime)
        {
            var writer = new StringWriter();
            Assert.True(formatters[mime].Format(result, writer));
            return writer.ToString();
        }

        Assert.Contains("✗ Exercise 2.1: &lt;b&gt;</strong> is not yet right", Write("text/html"));
        Assert.False((bool)JsonNode.Parse(Write(CheckResult.MimeType))!["passed"]!);
        Assert.StartsWith("✗ Exercise 2.1: <b>", Write("text/plain"));
    }
}
