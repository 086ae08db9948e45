using Calculus.Data;
using Calculus.Exercises;
using Calculus.Regression;
using MathNet.Numerics.LinearAlgebra;

namespace Calculus.Tests.Exercises;

public sealed class AnswersWeek6Tests
{
    // The notebook states χ² of the true line as about 17.9 and of the wrong one as about 43.6.
    private const double StatedToOneDecimal = 0.05;

    private static Measurements Linear => Measurements.From(Datasets.LinearWithUncertainties(AppContext.BaseDirectory));

    [Fact]
    public void ChiSquaredValues_BundledData_MatchASumWrittenOut()
    {
        var data = Linear;
        var expected = Answers.Week6.ChiSquaredModels
            .Select(f => Enumerable.Range(0, data.Count).Sum(i => Math.Pow((data.Y[i] - f(data.X[i])) / data.Sigma[i], 2)))
            .ToArray();

        Assert.Equal(expected, Answers.Week6.ChiSquaredValues, new ToleranceComparer(1e-9));
    }

    [Fact]
    public void ChiSquaredValues_TrueAndWrongLine_AreTheValuesTheNotebookStates()
    {
        Assert.Equal(4, Answers.Week6.ChiSquaredValues.Count);
        Assert.Equal(17.9, Answers.Week6.ChiSquaredValues[0], StatedToOneDecimal);
        Assert.Equal(43.6, Answers.Week6.ChiSquaredValues[1], StatedToOneDecimal);
    }

    [Fact]
    public void ClosedFormSlopes_FourPoints_MatchTheNormalEquationsSolved()
    {
        // Independent route: solve [S Sx; Sx Sxx](a, b) = (Sy, Sxy) with MathNet, for each dataset.
        static double Slope(Measurements d)
        {
            var w = d.Weights;
            double Sum(Func<int, double> term) => Enumerable.Range(0, d.Count).Sum(i => w[i] * term(i));
            var normal = Matrix<double>.Build.DenseOfArray(new[,] { { Sum(_ => 1), Sum(i => d.X[i]) }, { Sum(i => d.X[i]), Sum(i => d.X[i] * d.X[i]) } });
            return normal.Solve(Vector<double>.Build.DenseOfArray([Sum(i => d.Y[i]), Sum(i => d.X[i] * d.Y[i])]))[1];
        }

        Assert.Equal([Slope(Linear), Slope(Answers.Week6.FourPoints)], Answers.Week6.ClosedFormSlopes, new ToleranceComparer(1e-10));
    }

    [Fact]
    public void ClosedFormSlopes_BundledData_IsTheStatedSlope()
    {
        Assert.Equal(0.7753, Answers.Week6.ClosedFormSlopes[0], 0.0005);
        Assert.True(Answers.Week6.ClosedFormSlopes[1] < 0, "the four points fall from 3.1 to −3.4");
    }

    [Fact]
    public void Design_FivePoints_HasPowersByHand()
    {
        var design = Answers.Week6.Design;

        Assert.Equal(5, design.RowCount);
        Assert.Equal(5, design.ColumnCount);
        Assert.All(Enumerable.Range(0, 5), i => Assert.Equal(1, design[i, 0]));
        Assert.Equal(5.0625, design[0, 4], 12);     // (−1.5)⁴
        Assert.Equal(-0.125, design[1, 3], 12);     // (−0.5)³
        Assert.Equal(0, design[2, 1]);
        Assert.Equal(0.015625, design[3, 3], 12);   // 0.25³
        Assert.Equal(16, design[4, 4], 12);         // 2⁴
    }

    [Fact]
    public void RidgeSolutions_Training_SolveTheRegularisedNormalEquations()
    {
        var data = Linear;
        var training = Enumerable.Range(0, data.Count).Where(i => data.X[i] % 2 == 0).ToArray();
        var x = Matrix<double>.Build.Dense(training.Length, 10, (r, j) => Math.Pow((data.X[training[r]] - 9.5) / 9.5, j) / data.Sigma[training[r]]);
        var y = Vector<double>.Build.DenseOfEnumerable(training.Select(i => data.Y[i] / data.Sigma[i]));
        Vector<double> Solve(double alpha) => (x.TransposeThisAndMultiply(x) + (alpha * Matrix<double>.Build.DenseIdentity(10))).Solve(x.TransposeThisAndMultiply(y));

        var expected = Solve(1e-2).Concat(Solve(1)).ToArray();

        Assert.Equal(20, Answers.Week6.RidgeSolutions.Count);
        Assert.Equal(expected, Answers.Week6.RidgeSolutions, new ToleranceComparer(1e-6));
    }

    // The heights Gaussian written out independently: f = NΔ/(s√(2π)) exp(−(x − μ)²/(2s²)) on the bundled histogram.
    private static Measurements HeightsData => Measurements.FromHistogram(Datasets.Heights(AppContext.BaseDirectory));

    private static double HeightsChiSquared(double mu, double s)
    {
        var bins = Datasets.Heights(AppContext.BaseDirectory);
        var scale = bins.Sum(b => b.Count) * (bins[0].UpperCm - bins[0].LowerCm) / Math.Sqrt(2 * Math.PI);
        var data = HeightsData;
        return Enumerable.Range(0, data.Count).Sum(i => Math.Pow((data.Y[i] - (scale / s * Math.Exp(-Math.Pow(data.X[i] - mu, 2) / (2 * s * s)))) / data.Sigma[i], 2));
    }

    // Central differences of χ² with h = 1e-4 cm: the truncation error h²/6·f‴ is far below this relative tolerance.
    private const double DifferenceTolerance = 1e-6;

    [Fact]
    public void ChiSquaredSlopesMu_Probes_MatchCentralDifferencesOfChiSquaredWrittenOut()
    {
        const double h = 1e-4;
        var expected = Answers.Week6.GaussianProbes.Select(p => (HeightsChiSquared(p[0] + h, p[1]) - HeightsChiSquared(p[0] - h, p[1])) / (2 * h)).ToArray();

        Assert.Equal(expected, Answers.Week6.ChiSquaredSlopesMu, new ToleranceComparer(DifferenceTolerance));
    }

    [Fact]
    public void ChiSquaredSlopesS_Probes_MatchCentralDifferencesOfChiSquaredWrittenOut()
    {
        const double h = 1e-4;
        var expected = Answers.Week6.GaussianProbes.Select(p => (HeightsChiSquared(p[0], p[1] + h) - HeightsChiSquared(p[0], p[1] - h)) / (2 * h)).ToArray();

        Assert.Equal(expected, Answers.Week6.ChiSquaredSlopesS, new ToleranceComparer(DifferenceTolerance));
    }

    [Fact]
    public void ChiSquaredSlopes_AtTheStart_PointUphillTowardsSmallerMuAndLargerS()
    {
        // By hand: at (150, 18) the bell sits far below the data (mean about 169.5), so raising μ lowers χ², ∂χ²/∂μ < 0.
        Assert.True(Answers.Week6.ChiSquaredSlopesMu[0] < 0);
        Assert.True(Answers.Week6.ChiSquaredSlopesMu[2] > 0, "at μ = 175, above the data, raising μ raises χ²");
    }

    [Fact]
    public void BestGaussian_IsTheMinimumSteepestDescentAndGaussNewtonFind()
    {
        var best = Answers.Week6.BestGaussian;
        var h = 1e-4;
        // At the minimum both partial derivatives vanish (central differences), and s is positive.
        Assert.Equal(0, (HeightsChiSquared(best[0] + h, best[1]) - HeightsChiSquared(best[0] - h, best[1])) / (2 * h), 1e-4);
        Assert.Equal(0, (HeightsChiSquared(best[0], best[1] + h) - HeightsChiSquared(best[0], best[1] - h)) / (2 * h), 1e-4);
        Assert.Equal(169.494, best[0], 0.0005); // the notebook's μ ≈ 169.494 cm
        Assert.Equal(9.500, best[1], 0.0005);   // and s ≈ 9.500 cm
    }

    [Fact]
    public void GaussianGoodness_IsChiSquaredOverThirtySixAndTheLogOfItsUpperTail()
    {
        var goodness = Answers.Week6.GaussianGoodness;
        var best = Answers.Week6.BestGaussian;

        Assert.Equal(4, goodness.Count);
        Assert.Equal(HeightsChiSquared(best[0], best[1]) / 36, goodness[0], 1e-9);
        Assert.Equal(3.35, goodness[0], 0.005);      // stated in the notebook
        Assert.Equal(HeightsChiSquared(170, 10) / 36, goodness[2], 1e-9);
        // Independent tail: MathNet's χ² distribution, 1 − CDF.
        // Independent tail: the χ² density with ν = 36 integrated from χ² to far out (Simpson's rule).
        static double Tail(double from)
        {
            const int nu = 36;
            double Density(double t) => Math.Exp(((nu / 2.0) - 1) * Math.Log(t) - (t / 2) - ((nu / 2.0) * Math.Log(2)) - MathNet.Numerics.SpecialFunctions.GammaLn(nu / 2.0));
            var (to, n) = (from + 400, 40_000);
            var h = (to - from) / n;
            return h / 3 * Enumerable.Range(0, n + 1).Sum(k => (k == 0 || k == n ? 1 : k % 2 == 1 ? 4 : 2) * Density(from + (k * h)));
        }

        Assert.Equal(Math.Log10(Tail(HeightsChiSquared(best[0], best[1]))), goodness[1], 1e-6);
        Assert.Equal(Math.Log10(Tail(HeightsChiSquared(170, 10))), goodness[3], 1e-6);
        Assert.Equal(Math.Log10(5e-11), goodness[1], 0.05); // the notebook's p ≈ 5e-11
    }

    [Theory]
    [InlineData("B", true)]
    [InlineData(" b ", true)]
    [InlineData("A", false)]
    [InlineData("C", false)]
    [InlineData(null, false)]
    public void IsRightGaussianVerdict_TheModelIsWrong_IsB(string? letter, bool right) =>
        Assert.Equal(right, Answers.Week6.IsRightGaussianVerdict(letter));
}
