using Calculus.Taylor;
using MathNet.Numerics;
using MathNet.Numerics.LinearAlgebra;
using static Calculus.Elementary;

namespace Calculus.Tests.Taylor;

public sealed class LinearisationTests
{
    // Forward-mode derivatives are exact up to rounding: a few ulps of values of order 1, so 1e-12 is a safe bound.
    private const double Exact = 1e-12;

    // The course's margin for a measured order (see ErrorScalingTests): within 0.15 of the expected slope.
    private const double SlopeTolerance = 0.15;

    // Steps from 10⁻³ to 10⁻¹: the linearisation's error, about h², stays far above rounding.
    private static readonly double[] Steps = Generate.LogSpaced(8, -3, -1);

    // (r, θ) = (2, π/3).
    private static readonly double[] A = [2, Math.PI / 3];

    [Fact]
    public void About_PolarToCartesian_HasTheHandWorkedValueAndJacobian()
    {
        // (x, y) = (r cos θ, r sin θ) = (1, √3); J = [[cos θ, −r sin θ], [sin θ, r cos θ]] = [[1/2, −√3], [√3/2, 1]].
        var linearisation = Linearisation.About(PolarToCartesian, A);

        Assert.Equal([1, Math.Sqrt(3)], linearisation.Value.ToArray(), new ToleranceComparer(Exact));
        Assert.Equal([0.5, -Math.Sqrt(3), Math.Sqrt(3) / 2, 1], linearisation.Jacobian.ToRowMajorArray(), new ToleranceComparer(Exact));
        Assert.Equal(A, linearisation.Point.ToArray());
    }

    [Fact]
    public void Evaluate_PolarToCartesian_ErrorScalesLikeHSquared()
    {
        var linearisation = Linearisation.About(PolarToCartesian, A);

        var scaling = ErrorScaling.Measure(
            h =>
            {
                double[] x = [A[0] + (0.6 * h), A[1] + (0.8 * h)];
                var exact = Real.AsFunction(PolarToCartesian)(x);
                return (linearisation.Evaluate(x) - Vector<double>.Build.DenseOfArray(exact)).L2Norm();
            },
            Steps);

        Assert.InRange(scaling.Slope, 2 - SlopeTolerance, 2 + SlopeTolerance);
    }

    [Fact]
    public void Evaluate_PointOfAnotherDimension_Throws()
    {
        var linearisation = Linearisation.About(PolarToCartesian, A);

        Assert.Throws<ArgumentException>(() => linearisation.Evaluate([1]));
    }

    [Fact]
    public void About_FunctionUndefinedAtA_ThrowsSayingItIsNotFinite()
    {
        var exception = Assert.Throws<ArgumentException>(() => Linearisation.About(p => [Log(p[0]), p[1]], [0, 1]));

        Assert.Contains("not finite", exception.Message);
    }

    [Fact]
    public void About_FunctionOfMoreVariablesThanThePoint_Throws()
    {
        Assert.Throws<ArgumentException>(() => Linearisation.About(p => [p[0] * p[2]], A));
    }

    private static T[] PolarToCartesian<T>(T[] p) where T : IScalar<T> => [p[0] * Cos(p[1]), p[0] * Sin(p[1])];
}
