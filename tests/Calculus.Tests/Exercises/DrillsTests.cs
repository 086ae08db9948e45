using Calculus.Exercises;
using Calculus.FiniteDifferences;
using Calculus.Symbolic;
using MathNet.Numerics.LinearAlgebra;

namespace Calculus.Tests.Exercises;

/// <summary>
/// The drill generators: each expected answer against a value worked out by hand and against an independent method
/// (central differences, determinant and trace); each seeded generator reproducible, varied, and passed by its own
/// stated answer.
/// </summary>
public sealed class DrillsTests
{
    private static readonly Expr s_x = Expr.Variable("x");
    private static readonly Expr s_y = Expr.Variable("y");

    /// <summary>Every public generator in <see cref="Drills"/> (a static method taking a Random), found by reflection so a new drill is covered.</summary>
    public static TheoryData<string> Generators => new(GeneratorNames);

    private static string[] GeneratorNames =>
        typeof(Drills).GetMethods(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(m => m.ReturnType == typeof(DrillQuestion) && m.GetParameters() is [{ ParameterType: var t }] && t == typeof(Random))
            .Select(m => m.Name)
            .Order()
            .ToArray();

    [Fact]
    public void Generators_Reflection_FindsTheKnownDrills()
    {
        var names = GeneratorNames;

        Assert.Contains(nameof(Drills.PowerRule), names);
        Assert.Contains(nameof(Drills.ClassifyStationaryPoint), names);
        Assert.True(names.Length >= 6, $"only {names.Length} generators found");
    }

    [Fact]
    public void PowerRule_ThreeXToTheFifth_Expects15XToTheFourth()
    {
        var question = Drills.PowerRule(3, 5);

        Assert.Null(question.Expected.Judge("15x^4", seed: 1));
        Assert.NotNull(question.Expected.Judge("15x^5", seed: 1));
    }

    [Fact]
    public void ChainRule_SineOfSquare_ExpectsTheHandDerivativeAndCentralDifferences()
    {
        var f = Expr.Sin(2 * Expr.Pow(s_x, 2));
        var question = Drills.ChainRule(f, 2 * Expr.Pow(s_x, 2));

        Assert.Null(question.Expected.Judge("4x cos(2x²)", seed: 1)); // by hand: cos(2x²)·4x
        var expected = Expr.Parse(question.Expected.Shown);
        foreach (var x in new[] { -1.3, -0.2, 0.4, 1.7 })
        {
            Assert.Equal(FiniteDifference.Derivative(f.CompileUnary(), x), expected.Evaluate(x), 6);
        }
    }

    [Fact]
    public void SlopeAtPoint_Cubic_ExpectsTheHandSlope()
    {
        var f = Expr.Pow(s_x, 3) - (2 * s_x); // f'(x) = 3x² − 2, so f'(2) = 10
        var question = Drills.SlopeAtPoint(f, 2);

        Assert.Null(question.Expected.Judge(10.0, seed: 1));
        Assert.Equal(10, FiniteDifference.Derivative(f.CompileUnary(), 2), 6);
    }

    [Fact]
    public void GradientAtPoint_Example_ExpectsTheHandGradientAndCentralDifferences()
    {
        var f = (2 * Expr.Pow(s_x, 2) * s_y) + Expr.Pow(s_y, 3); // ∇f = (4xy, 2x² + 3y²); at (1, −2): (−8, 14)
        var question = Drills.GradientAtPoint(f, 1, -2);

        Assert.Null(question.Expected.Judge(new[] { -8.0, 14.0 }, seed: 1));
        var numeric = FiniteDifference.Gradient(f.Compile("x", "y"), [1.0, -2.0]).ToArray();
        Assert.Null(question.Expected.Judge(numeric.Select(v => Math.Round(v, 6)).ToArray(), seed: 1));
    }

    [Fact]
    public void HessianAtPoint_Example_ExpectsTheHandHessianAndSecondDifferences()
    {
        var f = Expr.Pow(s_x, 3) - (3 * s_x * s_y) + (2 * Expr.Pow(s_y, 2)); // H = [[6x, −3], [−3, 4]]; at (2, 1): [[12, −3], [−3, 4]]
        var question = Drills.HessianAtPoint(f, 2, 1);

        Assert.Null(question.Expected.Judge(new double[,] { { 12, -3 }, { -3, 4 } }, seed: 1));
        var numeric = FiniteDifference.Hessian(f.Compile("x", "y"), [2.0, 1.0]);
        Assert.Null(question.Expected.Judge(numeric.Map(v => Math.Round(v, 4)), seed: 1));
    }

    [Theory]
    [InlineData(2, 1, 1, 3, "A")] // det 5 > 0, trace 5 > 0: a minimum
    [InlineData(-2, 1, 1, -3, "B")] // det 5 > 0, trace −5 < 0: a maximum
    [InlineData(1, 2, 2, 1, "C")] // det −3 < 0: a saddle
    public void ClassifyStationaryPoint_HandExamples_ExpectTheKind(double a, double b, double c, double d, string kind)
    {
        var question = Drills.ClassifyStationaryPoint(Matrix<double>.Build.DenseOfArray(new[,] { { a, b }, { c, d } }));

        Assert.Null(question.Expected.Judge(kind, seed: 1));
    }

    [Fact]
    public void ClassifyStationaryPoint_Seeded_AgreesWithDeterminantAndTraceAndPosesEveryKind()
    {
        var kinds = new HashSet<string>();
        for (var seed = 1; seed <= 40; seed++)
        {
            var question = Drills.ClassifyStationaryPoint(new Random(seed));
            var numbers = System.Text.RegularExpressions.Regex.Match(question.Question, @"pmatrix\} (\S+) & (\S+) \\\\ (\S+) & (\S+) \\end")
                .Groups.Values.Skip(1).Select(g => double.Parse(g.Value, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            var (det, trace) = ((numbers[0] * numbers[3]) - (numbers[1] * numbers[2]), numbers[0] + numbers[3]);
            var kind = det < 0 ? "C" : trace > 0 ? "A" : "B";

            Assert.Null(question.Expected.Judge(kind, seed));
            kinds.Add(kind);
        }

        Assert.Equal(["A", "B", "C"], kinds.Order());
    }

    [Theory]
    [MemberData(nameof(Generators))]
    public void Generator_SameSeed_PosesTheSameQuestion(string name)
    {
        var generate = Generator(name);

        var (first, again) = (generate(new Random(5)), generate(new Random(5)));

        Assert.Equal(first.Question, again.Question);
        Assert.Equal(first.Expected.Shown, again.Expected.Shown);
        Assert.Equal(first.Solution, again.Solution);
    }

    [Theory]
    [MemberData(nameof(Generators))]
    public void Generator_ManySeeds_VariedAndPassedByItsOwnAnswer(string name)
    {
        var generate = Generator(name);
        var questions = new HashSet<string>();
        for (var seed = 1; seed <= 20; seed++)
        {
            var question = generate(new Random(seed));
            questions.Add(question.Question);
            Assert.Null(question.Expected.Judge(StatedAnswer(question), seed));
        }

        Assert.True(questions.Count >= 3, $"{name}: only {questions.Count} different questions in 20 seeds");
    }

    private static Func<Random, DrillQuestion> Generator(string name)
    {
        var method = typeof(Drills).GetMethod(name, [typeof(Random)])!;
        return random => (DrillQuestion)method.Invoke(null, [random])!;
    }

    /// <summary>The answer the worked solution states, typed back in the form a learner would.</summary>
    private static Answer StatedAnswer(DrillQuestion question)
    {
        var shown = question.Expected.Shown;
        if (shown.StartsWith('(') && shown.EndsWith(')'))
        {
            return shown[1..^1].Split(", ").Select(v => double.Parse(v, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        }

        if (shown.StartsWith('[') && shown.EndsWith(']'))
        {
            var rows = shown[1..^1].Split("; ").Select(r => r.Split(", ").Select(v => double.Parse(v, System.Globalization.CultureInfo.InvariantCulture)).ToArray()).ToArray();
            return Matrix<double>.Build.DenseOfRowArrays(rows);
        }

        if (shown.Length > 1 && shown[1] == ' ' && char.IsAsciiLetterUpper(shown[0]))
        {
            return shown[..1]; // "B (a maximum)"
        }

        return double.TryParse(shown, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var number) ? number : shown;
    }
}
