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
}
