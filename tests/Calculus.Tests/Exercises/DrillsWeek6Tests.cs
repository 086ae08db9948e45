using Calculus.Exercises;
using Calculus.FiniteDifferences;
using MathNet.Numerics.LinearAlgebra;

namespace Calculus.Tests.Exercises;

/// <summary>
/// Week 6's drills against values worked out by hand and against an independent method: MathNet's least-squares solve
/// for the normal equations, and central differences for the gradients of χ², xᵀAx and ‖Ax − b‖².
/// </summary>
public sealed class DrillsWeek6Tests
{
    [Fact]
    public void ChiSquaredOfPoints_HandExample_AddsResidualsOverSigmaSquared()
    {
        // Line 1 + 2x at x = 0, 1, 2 gives 1, 3, 5; residuals 1, −1, 2 over σ = 0.5, 1, 2: 4 + 1 + 1 = 6.
        var question = Drills.ChiSquaredOfPoints([0, 1, 2], [2, 2, 7], [0.5, 1, 2], 1, 2);

        Assert.Null(question.Expected.Judge(6.0, seed: 1));
        Assert.NotNull(question.Expected.Judge(6.0 / 3, seed: 1));
        Assert.Contains("6", question.Solution, StringComparison.Ordinal);
    }

    [Fact]
    public void LineNormalEquations_HandExample_IsTheLineThroughThreePoints()
    {
        // (0, 1), (1, 3), (2, 5) lie on y = 1 + 2x exactly.
        var question = Drills.LineNormalEquations([0, 1, 2], [1, 3, 5]);

        Assert.Null(question.Expected.Judge(new double[] { 1, 2 }, seed: 1));
        Assert.NotNull(question.Expected.Judge(new double[] { 2, 1 }, seed: 1));
    }

    [Fact]
    public void LineNormalEquations_FourPoints_MatchesMathNetLeastSquares()
    {
        double[] x = [0, 1, 3, 4];
        double[] y = [2, 0, 5, 4];
        var design = Matrix<double>.Build.Dense(4, 2, (i, j) => j == 0 ? 1 : x[i]);
        var theta = design.QR().Solve(Vector<double>.Build.DenseOfArray(y));

        Assert.Null(Drills.LineNormalEquations(x, y).Expected.Judge(theta.ToArray(), seed: 1));
    }

    [Theory]
    [InlineData("a")]
    [InlineData("b")]
    public void ChiSquaredGradient_MatchesCentralDifferencesOfChiSquared(string parameter)
    {
        double[] x = [1, 2, 3];
        double[] y = [2, 5, 4];
        double[] sigma = [0.5, 1, 2];
        double Chi(double a, double b) => Enumerable.Range(0, 3).Sum(i => Math.Pow((y[i] - a - (b * x[i])) / sigma[i], 2));
        var slope = parameter == "a" ? FiniteDifference.Derivative(a => Chi(a, 1), 0.5) : FiniteDifference.Derivative(b => Chi(0.5, b), 1);

        var question = Drills.ChiSquaredGradient(x, y, sigma, 0.5, 1, parameter);

        Assert.Null(question.Expected.Judge(slope, seed: 1));
    }

    [Fact]
    public void ChiSquaredGradient_HandExample()
    {
        // f = a + bx at a = 0, b = 1; residuals 1, 0, −1 at x = 1, 2, 3, all σ = 1: ∂χ²/∂b = −2(1·1 + 0·2 − 1·3) = 4.
        var question = Drills.ChiSquaredGradient([1, 2, 3], [2, 2, 2], [1, 1, 1], 0, 1, "b");

        Assert.Null(question.Expected.Judge(4.0, seed: 1));
        Assert.Throws<ArgumentException>(() => Drills.ChiSquaredGradient([1], [1], [1], 0, 0, "c"));
    }

    [Theory]
    [InlineData(20.0, 20, "A")] // χ²/ν = 1, p ≈ 0.46
    [InlineData(60.0, 20, "B")] // p ≈ 7e-6
    [InlineData(5.0, 20, "C")]  // p ≈ 0.9998
    public void PValueReading_HandExamples(double chi, int nu, string letter)
    {
        var question = Drills.PValueReading(chi, nu);

        Assert.Null(question.Expected.Judge(letter, seed: 1));
        Assert.StartsWith(letter, question.Expected.Shown, StringComparison.Ordinal);
    }

    [Fact]
    public void PValueReading_Seeded_NeverAsksNearACutOff()
    {
        for (var seed = 1; seed <= 200; seed++)
        {
            var question = Drills.PValueReading(new Random(seed));
            var match = System.Text.RegularExpressions.Regex.Match(question.Question, @"\\chi\^2 = ([0-9.]+)\$ on \$\\nu = (\d+)\$");
            var p = Calculus.Regression.ChiSquared.PValue(double.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));

            Assert.True(p < 0.001 || (p > 0.05 && p < 0.95) || p > 0.999, $"seed {seed}: p = {p}");
        }
    }

    [Fact]
    public void QuadraticFormGradient_HandExample_IsAPlusATransposeTimesX()
    {
        // A = [1 2; 0 3], x = (1, 1): Ax = (3, 3), Aᵀx = (1, 5), so (4, 8); 2Ax = (6, 6) is wrong.
        var a = Matrix<double>.Build.DenseOfArray(new double[,] { { 1, 2 }, { 0, 3 } });
        var question = Drills.QuadraticFormGradient(a, [1, 1]);

        Assert.Null(question.Expected.Judge(new double[] { 4, 8 }, seed: 1));
        Assert.NotNull(question.Expected.Judge(new double[] { 6, 6 }, seed: 1));
    }

    [Fact]
    public void QuadraticFormGradient_MatchesCentralDifferences()
    {
        var a = Matrix<double>.Build.DenseOfArray(new double[,] { { -2, 3 }, { 1, 2 } });
        double[] x = [2, -1];
        var slope = FiniteDifference.Gradient(v => Vector<double>.Build.DenseOfArray(v) * (a * Vector<double>.Build.DenseOfArray(v)), x);

        Assert.Null(Drills.QuadraticFormGradient(a, x).Expected.Judge(slope.ToArray(), seed: 1));
    }

    [Fact]
    public void LeastSquaresGradient_HandExample_IsTwoATransposeTimesTheResidual()
    {
        // A = [1 0; 0 1; 1 1], x = (1, 2), b = (0, 0, 0): r = (1, 2, 3), Aᵀr = (4, 5), so (8, 10).
        var a = Matrix<double>.Build.DenseOfArray(new double[,] { { 1, 0 }, { 0, 1 }, { 1, 1 } });
        var question = Drills.LeastSquaresGradient(a, [1, 2], [0, 0, 0]);

        Assert.Null(question.Expected.Judge(new double[] { 8, 10 }, seed: 1));
    }

    [Fact]
    public void LeastSquaresGradient_MatchesCentralDifferences()
    {
        var a = Matrix<double>.Build.DenseOfArray(new double[,] { { 1, -2 }, { 2, 0 }, { -1, 1 } });
        double[] x = [-1, 2];
        var b = Vector<double>.Build.DenseOfArray([3, -1, 2]);
        var slope = FiniteDifference.Gradient(v => Math.Pow(((a * Vector<double>.Build.DenseOfArray(v)) - b).L2Norm(), 2), x);

        Assert.Null(Drills.LeastSquaresGradient(a, x, b.ToArray()).Expected.Judge(slope.ToArray(), seed: 1));
    }
}
