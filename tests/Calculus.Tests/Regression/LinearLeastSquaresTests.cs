using Calculus.FiniteDifferences;
using Calculus.Regression;
using MathNet.Numerics;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearRegression;

namespace Calculus.Tests.Regression;

public sealed class LinearLeastSquaresTests
{
    // Hand-worked fractions (7/6, 3/2, 1/6…) computed from sums of small integers: exact to a few ulps.
    private const double Rounding = 1e-12;

    // Two solutions of the same well-conditioned least-squares problem (cond(XᵀWX) ≲ 1e4 here), ours by QR and
    // MathNet's by its own method, differ by rounding amplified by the condition number: ≲ 1e-12; 1e-9 leaves a margin.
    private const double AgreesWithMathNet = 1e-9;

    // Central second differences of a quadratic at h = 1e-3 have no truncation error; rounding is ≈ ε·χ²/h² ≈ 1e-8
    // for χ² ≈ 10, relative to Hessian entries of 10…1000. The covariance is compared to 1e-5 relative.
    private const double CurvatureStep = 1e-3;
    private const double CurvatureRelativeTolerance = 1e-5;

    [Fact]
    public void Line_ThroughThreePoints_IsTheHandWorkedFit()
    {
        // (0, 1), (1, 3), (2, 4), σ = 1: S = 3, Sₓ = 3, S_y = 8, Sₓₓ = 5, Sₓᵧ = 11, Δ = 15 − 9 = 6.
        // a = (5·8 − 3·11)/6 = 7/6, b = (3·11 − 3·8)/6 = 3/2; residuals −1/6, 1/3, −1/6, so χ² = 6/36 = 1/6.
        // σₐ² = Sₓₓ/Δ = 5/6, σ_b² = S/Δ = 1/2, cov(a, b) = −Sₓ/Δ = −1/2.
        var fit = LinearLeastSquares.Line(new Measurements([0, 1, 2], [1, 3, 4]));

        Assert.Equal(7.0 / 6, fit.A, Rounding);
        Assert.Equal(1.5, fit.B, Rounding);
        Assert.Equal(1.0 / 6, fit.ChiSquared, Rounding);
        Assert.Equal(Math.Sqrt(5.0 / 6), fit.UncertaintyA, Rounding);
        Assert.Equal(Math.Sqrt(0.5), fit.UncertaintyB, Rounding);
        Assert.Equal(-0.5, fit.CovarianceAB, Rounding);
        Assert.Equal(1, fit.DegreesOfFreedom);
        Assert.Equal(1.0 / 6, fit.ChiSquaredPerDegreeOfFreedom!.Value, Rounding);
        Assert.Equal(ChiSquared.PValue(1.0 / 6, 1), fit.PValue!.Value, Rounding);
    }

    [Fact]
    public void Line_ToString_ShowsEstimatesWithUncertaintiesAndTheGoodnessOfFit()
    {
        var fit = LinearLeastSquares.Line(new Measurements([0, 1, 2], [1, 3, 4]));

        Assert.Equal("a = 1.167 ± 0.9129, b = 1.5 ± 0.7071; χ² = 0.1667 for 1 degree of freedom (χ²/ν = 0.1667, p = 0.6831)", fit.ToString());
    }

    [Fact]
    public void Line_HalvingEverySigma_QuadruplesChiSquaredAndHalvesUncertainties()
    {
        // The same points with σ = 0.5: every weight is 4, so a and b are unchanged, χ² = 4/6 and σₐ² = 5/24.
        var fit = LinearLeastSquares.Line(new Measurements([0, 1, 2], [1, 3, 4], [0.5, 0.5, 0.5]));

        Assert.Equal(1.5, fit.B, Rounding);
        Assert.Equal(4.0 / 6, fit.ChiSquared, Rounding);
        Assert.Equal(Math.Sqrt(5.0 / 24), fit.UncertaintyA, Rounding);
    }

    [Fact]
    public void Line_TwoPoints_PassesThroughBothWithNoDegreesOfFreedom()
    {
        var fit = LinearLeastSquares.Line(new Measurements([1, 3], [2, 6]));

        Assert.Equal(0.0, fit.A, Rounding);
        Assert.Equal(2.0, fit.B, Rounding);
        Assert.Equal(0, fit.DegreesOfFreedom);
        Assert.Null(fit.ChiSquaredPerDegreeOfFreedom);
        Assert.Null(fit.PValue);
    }

    [Fact]
    public void Line_Unweighted_AgreesWithMathNetFitLine()
    {
        var data = SyntheticData.Line();
        var unweighted = new Measurements(data.X, data.Y);

        var fit = LinearLeastSquares.Line(unweighted);
        var (a, b) = Fit.Line(data.X.ToArray(), data.Y.ToArray());

        Assert.Equal(a, fit.A, AgreesWithMathNet);
        Assert.Equal(b, fit.B, AgreesWithMathNet);
    }

    [Fact]
    public void Line_Weighted_AgreesWithMathNetWeightedRegression()
    {
        var data = SyntheticData.Line();

        var fit = LinearLeastSquares.Line(data);
        var design = Matrix<double>.Build.Dense(data.Count, 2, (i, j) => j == 0 ? 1 : data.X[i]);
        var theta = WeightedRegression.Weighted(design, Vector<double>.Build.DenseOfEnumerable(data.Y), Matrix<double>.Build.DenseOfDiagonalArray(data.Weights.ToArray()));

        Assert.Equal(theta[0], fit.A, AgreesWithMathNet);
        Assert.Equal(theta[1], fit.B, AgreesWithMathNet);
    }

    [Fact]
    public void Line_EqualsTheDesignMatrixForm()
    {
        var data = SyntheticData.Line();

        var line = LinearLeastSquares.Line(data);
        var general = LinearLeastSquares.Fit(data, _ => 1, x => x);

        Assert.Equal(line.A, general.Parameters[0], AgreesWithMathNet);
        Assert.Equal(line.B, general.Parameters[1], AgreesWithMathNet);
        Assert.Equal(line.UncertaintyA, general.Uncertainties[0], AgreesWithMathNet);
        Assert.Equal(line.UncertaintyB, general.Uncertainties[1], AgreesWithMathNet);
        Assert.Equal(line.CovarianceAB, general.Covariance[0, 1], AgreesWithMathNet);
        Assert.Equal(line.ChiSquared, general.ChiSquared, AgreesWithMathNet);
    }

    [Fact]
    public void Line_RecoversTheTrueLineWithinThreeSigma()
    {
        // Seeded noise: the estimates scatter about the truth with the stated uncertainties.
        var fit = LinearLeastSquares.Line(SyntheticData.Line());

        Assert.InRange(fit.A, SyntheticData.LineIntercept - (3 * fit.UncertaintyA), SyntheticData.LineIntercept + (3 * fit.UncertaintyA));
        Assert.InRange(fit.B, SyntheticData.LineSlope - (3 * fit.UncertaintyB), SyntheticData.LineSlope + (3 * fit.UncertaintyB));
    }

    [Fact]
    public void Polynomial_Unweighted_AgreesWithMathNetFitPolynomial()
    {
        var x = new double[] { -2, -1.5, -1, -0.5, 0, 0.5, 1, 1.5, 2, 2.5 };
        var y = x.Select(xi => 1 - (2 * xi) + (0.5 * xi * xi * xi) + (0.1 * Math.Sin(7 * xi))).ToArray();

        var fit = LinearLeastSquares.Polynomial(new Measurements(x, y), 3);
        var expected = Fit.Polynomial(x, y, 3);

        Assert.Equal(expected, fit.Parameters.ToArray(), new ToleranceComparer(AgreesWithMathNet));
    }

    [Fact]
    public void Polynomial_Weighted_AgreesWithMathNetPolynomialWeighted()
    {
        var data = SyntheticData.Line();

        var fit = LinearLeastSquares.Polynomial(data, 2);
        var expected = Fit.PolynomialWeighted(data.X.ToArray(), data.Y.ToArray(), data.Weights.ToArray(), 2);

        Assert.Equal(expected, fit.Parameters.ToArray(), new ToleranceComparer(AgreesWithMathNet));
    }

    [Fact]
    public void Fit_BasisFunctions_AgreesWithMathNetLinearCombination()
    {
        var x = Enumerable.Range(0, 12).Select(i => 0.5 * i).ToArray();
        var y = x.Select(xi => 3 + (2 * Math.Sin(xi)) - Math.Cos(2 * xi) + (0.05 * Math.Sin(11 * xi))).ToArray();
        Func<double, double>[] basis = [_ => 1, Math.Sin, xi => Math.Cos(2 * xi)];

        var fit = LinearLeastSquares.Fit(new Measurements(x, y), basis);
        var expected = Fit.LinearCombination(x, y, basis);

        Assert.Equal(expected, fit.Parameters.ToArray(), new ToleranceComparer(AgreesWithMathNet));
    }

    [Fact]
    public void Fit_Covariance_IsTheInverseOfHalfTheHessianOfChiSquared()
    {
        // The uncertainties come from the curvature: C = (½∇²χ²)⁻¹, checked against a finite-difference Hessian.
        var data = SyntheticData.Line();
        var fit = LinearLeastSquares.Polynomial(data, 2);

        var hessian = FiniteDifference.Hessian(theta => ChiSquared.Of(data, x => PolynomialFeatures.Evaluate(theta, x)), fit.Parameters.ToArray(), CurvatureStep);
        var covariance = (0.5 * hessian).Inverse();

        for (var i = 0; i < 3; i++)
        {
            for (var j = 0; j < 3; j++)
            {
                Assert.Equal(covariance[i, j], fit.Covariance[i, j], CurvatureRelativeTolerance * Math.Abs(covariance[i, i]));
            }
        }
    }

    [Fact]
    public void Fit_AtTheMinimum_TheGradientOfChiSquaredIsZero()
    {
        var data = SyntheticData.Line();
        var fit = LinearLeastSquares.Fit(data, _ => 1, x => x);

        var gradient = ChiSquared.Gradient(data, ParametricModel.Line(), fit.Parameters.ToArray());

        Assert.Equal([0.0, 0.0], gradient.ToArray(), new ToleranceComparer(AgreesWithMathNet));
    }

    [Fact]
    public void Line_FewerThanTwoPoints_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => LinearLeastSquares.Line(new Measurements([1], [2])));

        Assert.Contains("1 data points but 2 parameters", error.Message);
    }

    [Fact]
    public void Line_AllXEqual_ThrowsSayingTheSlopeIsUndetermined()
    {
        var error = Assert.Throws<ArgumentException>(() => LinearLeastSquares.Line(new Measurements([3, 3, 3], [1, 2, 3])));

        Assert.Contains("every x is 3", error.Message);
        Assert.Contains("slope", error.Message);
    }

    [Fact]
    public void Fit_DependentColumns_ThrowsNamingTheColumn()
    {
        // Column 2 is twice column 1, so θ₁ and θ₂ cannot be told apart.
        var design = Matrix<double>.Build.DenseOfArray(new double[,] { { 1, 1, 2 }, { 1, 2, 4 }, { 1, 3, 6 }, { 1, 4, 8 } });

        var error = Assert.Throws<ArgumentException>(() => LinearLeastSquares.Fit(design, [1, 2, 3, 5]));

        Assert.Contains("singular", error.Message);
        Assert.Contains("column 2", error.Message);
    }

    [Fact]
    public void Polynomial_TooFewDistinctX_ThrowsSingular()
    {
        // Four points but only two distinct x: a parabola is not determined.
        var error = Assert.Throws<ArgumentException>(() => LinearLeastSquares.Polynomial(new Measurements([1, 1, 2, 2], [1, 2, 3, 4]), 2));

        Assert.Contains("column 2", error.Message);
    }

    [Fact]
    public void Fit_FewerPointsThanParameters_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => LinearLeastSquares.Polynomial(new Measurements([1, 2, 3], [1, 2, 3]), 3));

        Assert.Contains("3 data points but 4 parameters", error.Message);
    }

    [Fact]
    public void Fit_MismatchedLengths_Throws()
    {
        var design = PolynomialFeatures.Design([1, 2, 3], 1);

        Assert.Throws<ArgumentException>(() => LinearLeastSquares.Fit(design, [1, 2]));
        Assert.Throws<ArgumentException>(() => LinearLeastSquares.Fit(design, [1, 2, 3], [1, 1]));
    }

    [Fact]
    public void Fit_BadSigma_ThrowsNamingTheIndex()
    {
        var design = PolynomialFeatures.Design([1, 2, 3], 1);

        var error = Assert.Throws<ArgumentException>(() => LinearLeastSquares.Fit(design, [1, 2, 3], [1, 0, 1]));

        Assert.Contains("sigma[1] is 0", error.Message);
    }

    [Fact]
    public void Fit_NaNInDesign_ThrowsNamingTheEntry()
    {
        var design = PolynomialFeatures.Design([1, 2, 3], 1);
        design[2, 1] = double.NaN;

        var error = Assert.Throws<ArgumentException>(() => LinearLeastSquares.Fit(design, [1, 2, 3]));

        Assert.Contains("X[2, 1] is NaN", error.Message);
    }

    [Fact]
    public void Fit_BasisNotFinite_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => LinearLeastSquares.Fit(new Measurements([0, 1, 2], [1, 2, 3]), _ => 1, x => 1 / x));

        Assert.Contains("X[0, 1] is +∞", error.Message);
    }
}
