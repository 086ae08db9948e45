using Calculus.Automatic;
using Calculus.Data;
using Calculus.NeuralNetworks;
using Calculus.Optimisation;
using Calculus.Regression;
using static Calculus.Elementary;

namespace Calculus.Tests;

/// <summary>Checks that tie the parts of the library together: data into fits, functions written once into optimisers.</summary>
public sealed class ReviewFollowUpTests
{
    // χ² = 100 with ν = 10: p = Q(5, 50), and for a whole first argument Q(a, x) = e⁻ˣ Σₖ₌₀^{a−1} xᵏ/k!, so
    // p = e⁻⁵⁰·(1 + 50 + 1250 + 20833.3 + 260416.7) = 1.92875e-22 × 282551 = 5.4497e-17.
    private const double TinyPValue = 5.4497e-17;
    private const double PValueRelativeTolerance = 0.01;

    // The mixture of N(162, 6.5) and N(176, 7) has mean 169 cm: a single Gaussian's centre lands within a few cm of it.
    private const double MixtureMeanCm = 169;
    private const double CentreToleranceCm = 3;

    [Fact]
    public void RelativeError_SaturatedGradientAgainstZero_IsAgreementNotFailure()
    {
        Assert.True(GradientCheck.RelativeError(1e-14, 0) < 1e-5);
        Assert.Equal(0.5, GradientCheck.RelativeError(2, 1));
    }

    [Fact]
    public void PValue_FarTail_KeepsItsDigitsInsteadOfRoundingToZero()
    {
        var p = Calculus.Regression.ChiSquared.PValue(100, 10);

        Assert.Equal(TinyPValue, p, TinyPValue * PValueRelativeTolerance);
    }

    [Fact]
    public void FromHistogram_TheBundledHeights_FitAGaussianCentredOnTheMixture()
    {
        var data = Measurements.FromHistogram(Datasets.Heights(AppContext.BaseDirectory));

        var fit = LevenbergMarquardt.Fit(data, ParametricModel.Gaussian(), [100, 170, 10]);

        Assert.True(fit.Converged, fit.Message);
        Assert.Equal(MixtureMeanCm, fit.Parameter("mu"), CentreToleranceCm);
        Assert.True(fit.ChiSquaredPerDegreeOfFreedom > 1, "a single Gaussian should fit the two-population mixture visibly badly");
    }

    [Fact]
    public void From_TheBundledLinearData_FitsALineNearTheGeneratingOne()
    {
        var data = Measurements.From(Datasets.LinearWithUncertainties(AppContext.BaseDirectory));

        var line = LinearLeastSquares.Line(data);

        // Within three standard errors of the line the data were drawn from.
        Assert.InRange(line.A, SyntheticData.Intercept - (3 * line.UncertaintyA), SyntheticData.Intercept + (3 * line.UncertaintyA));
        Assert.InRange(line.B, SyntheticData.Slope - (3 * line.UncertaintyB), SyntheticData.Slope + (3 * line.UncertaintyB));
    }

    [Fact]
    public void Objective_RosenbrockWrittenOnce_DrivesNewtonAndGradientDescentToTheMinimum()
    {
        var rosenbrock = Objective.From(Rosenbrock<Real>, Rosenbrock<TapeVariable>, Rosenbrock<HyperDual>);

        var newton = NewtonsMethod.FindStationaryPoint(rosenbrock.Value, rosenbrock.Gradient, rosenbrock.Hessian!, [-1.2, 1]);
        var descent = GradientDescent.Backtracking(rosenbrock.Value, rosenbrock.Gradient, [0.5, 0.5], maxIterations: 50_000);

        Assert.True(newton.Converged);
        Assert.Equal(1.0, newton.Point[0], 1e-8);
        Assert.Equal(1.0, descent.Point[0], 1e-3);
    }

    [Theory]
    [InlineData("x,y,sigma\n1,2,0.5\n2,NaN,0.5\n", 3, "Y is NaN")]
    [InlineData("x,y,sigma\n1,2,0.5\n2,3,0\n", 3, "sigma is 0; an uncertainty must be positive")]
    public void Read_RowWithABadNumber_NamesTheLine(string csv, int line, string expected)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("data-").FullName, "bad.csv");
        File.WriteAllText(path, csv);

        var error = Assert.Throws<DatasetFormatException>(() => CsvDataset.Read<MeasuredPoint>(path));

        Assert.Equal(line, error.Line);
        Assert.Contains(expected, error.Message);
    }

    private static T Rosenbrock<T>(T[] p) where T : IScalar<T> => Square(1.0 - p[0]) + (100.0 * Square(p[1] - (p[0] * p[0])));
}
