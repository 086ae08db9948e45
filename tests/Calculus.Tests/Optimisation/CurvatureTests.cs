using Calculus.Optimisation;

namespace Calculus.Tests.Optimisation;

public sealed class CurvatureTests
{
    [Theory]
    [InlineData(new[] { 1.0, 3.0 }, StationaryPointKind.Minimum)]
    [InlineData(new[] { -2.0, -0.5, -1.0 }, StationaryPointKind.Maximum)]
    [InlineData(new[] { -2.0, 4.0 }, StationaryPointKind.Saddle)]
    [InlineData(new[] { -1.0, 0.0, 2.0 }, StationaryPointKind.Saddle)] // mixed signs: a saddle whatever the zero
    [InlineData(new[] { 0.0, 5.0 }, StationaryPointKind.Inconclusive)] // semidefinite with a zero: the test cannot tell
    [InlineData(new[] { 0.0, 0.0 }, StationaryPointKind.Inconclusive)]
    public void Classify_HandCurvatures_NamesThePoint(double[] curvatures, StationaryPointKind expected)
    {
        Assert.Equal(expected, Curvature.Classify(curvatures));
    }

    [Fact]
    public void Classify_CurvatureWithinZero_CountsAsZero()
    {
        Assert.Equal(StationaryPointKind.Inconclusive, Curvature.Classify([1e-12, 2.0], zero: 1e-10));
        Assert.Equal(StationaryPointKind.Minimum, Curvature.Classify([1e-12, 2.0]));
    }

    [Fact]
    public void Classify_NoCurvatures_IsInconclusive()
    {
        Assert.Equal(StationaryPointKind.Inconclusive, Curvature.Classify([]));
    }

    [Fact]
    public void Classify_HessianOfASaddle_AgreesWithItsEigenvalues()
    {
        // f(x, y) = x² − y² has H = diag(2, −2) at the origin, a saddle; rotated by 45° it is [[0, 2], [2, 0]].
        var h = MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.DenseOfArray(new double[,] { { 0, 2 }, { 2, 0 } });

        Assert.Equal(StationaryPointKind.Saddle, Curvature.Classify(LinearSystem.SymmetricEigenvalues(h)));
        Assert.Equal(StationaryPointKind.Saddle, Curvature.Classify(h));
    }

    [Fact]
    public void Classify_HessianWithARoundingSizedEigenvalue_IsInconclusive()
    {
        // [[4, 2], [2, 1]] has eigenvalues 0 and 5; computed, the 0 comes out as a rounding error, which counts as zero.
        var h = MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.DenseOfArray(new double[,] { { 4, 2 }, { 2, 1 } });

        Assert.Equal(StationaryPointKind.Inconclusive, Curvature.Classify(h));
    }

    [Fact]
    public void Classify_ThreeVariableHessianWithMixedSignsAndAZero_IsASaddle()
    {
        var h = MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.DenseOfDiagonalArray([2.0, 0.0, -3.0]);

        Assert.Equal(StationaryPointKind.Saddle, Curvature.Classify(h));
    }
}
