using Calculus.FiniteDifferences;
using Calculus.Tests.TestFunctions;

namespace Calculus.Tests.FiniteDifferences;

public sealed class FiniteDifferenceTests
{
    // At the default step the total error is about ε^(p/(p+1)) times the size of f's derivatives (≈ 10 for x² sin x
    // near π/2): ≈ 1.5e-8·10 forward, 3.7e-11·10 central, 3e-13·10 five-point; each bound allows a factor of ten more.
    private const double ForwardTolerance = 1e-6;
    private const double CentralTolerance = 1e-9;
    private const double FivePointTolerance = 1e-11;

    // With an explicit step on a quadratic the quotients are exact up to rounding of numbers of size 10.
    private const double RoundingOnly = 1e-12;

    // Second differences at h = ε^(1/4): error ≈ h²·|f⁽⁴⁾| + ε·|f|/h² ≈ 1e-8; a hundredfold margin.
    private const double SecondDifferenceTolerance = 1e-6;

    // Central first differences on Rosenbrock (values up to ~1e3, h ≈ 6e-6): ≈ 1e-8 absolute; its Hessian by second
    // differences (h ≈ 1.2e-4): ≈ 1e-5 absolute. Both with a margin of a hundred.
    private const double RosenbrockGradientTolerance = 1e-6;
    private const double RosenbrockHessianTolerance = 1e-3;

    // A slope measured on a log-log error curve, in decades per decade.
    private const double SlopeTolerance = 0.1;

    [Theory]
    [InlineData(DifferenceScheme.Forward, ForwardTolerance)]
    [InlineData(DifferenceScheme.Backward, ForwardTolerance)]
    [InlineData(DifferenceScheme.Central, CentralTolerance)]
    [InlineData(DifferenceScheme.FivePoint, FivePointTolerance)]
    public void Derivative_XSquaredSinX_MatchesTheHandWorkedValueToTheSchemesAccuracy(DifferenceScheme scheme, double tolerance)
    {
        // f(x) = x² sin x, f'(x) = 2x sin x + x² cos x, which is π at x = π/2.
        var derivative = FiniteDifference.Derivative(x => x * x * Math.Sin(x), Math.PI / 2, scheme);

        Assert.Equal(Math.PI, derivative, tolerance);
    }

    [Fact]
    public void Derivative_WithAStep_UsesExactlyThatStep()
    {
        // For f(x) = x², the forward difference is exactly 2x + h.
        Assert.Equal(6.5, FiniteDifference.Derivative(x => x * x, 3, DifferenceScheme.Forward, h: 0.5), RoundingOnly);
        Assert.Equal(5.5, FiniteDifference.Derivative(x => x * x, 3, DifferenceScheme.Backward, h: 0.5), RoundingOnly);
        Assert.Equal(6.0, FiniteDifference.Derivative(x => x * x, 3, DifferenceScheme.Central, h: 0.5), RoundingOnly);
    }

    [Fact]
    public void SecondDerivative_XSquaredSinX_MatchesTheHandWorkedValue()
    {
        // f''(x) = 2 sin x + 4x cos x − x² sin x = 2 − π²/4 at x = π/2.
        Assert.Equal(2 - (Math.PI * Math.PI / 4), FiniteDifference.SecondDerivative(x => x * x * Math.Sin(x), Math.PI / 2), SecondDifferenceTolerance);
    }

    [Theory]
    [InlineData(1.0, 1.0)]
    [InlineData(-1.2, 1.0)]
    [InlineData(0.0, 0.0)]
    public void GradientAndHessian_Rosenbrock_MatchTheHandWorkedValues(double x, double y)
    {
        var f = Real.AsFunction(Rosenbrock.Value<Real>);

        var gradient = FiniteDifference.Gradient(f, [x, y]);
        var hessian = FiniteDifference.Hessian(f, [x, y]);

        var expectedGradient = Rosenbrock.Gradient(x, y);
        var expectedHessian = Rosenbrock.Hessian(x, y);
        Assert.Equal(expectedGradient[0], gradient[0], RosenbrockGradientTolerance);
        Assert.Equal(expectedGradient[1], gradient[1], RosenbrockGradientTolerance);
        for (var i = 0; i < 2; i++)
        {
            for (var j = 0; j < 2; j++)
            {
                Assert.Equal(expectedHessian[i, j], hessian[i, j], RosenbrockHessianTolerance);
            }
        }
    }

    [Fact]
    public void Jacobian_PolarToCartesian_IsTheHandWorkedMatrix()
    {
        // (r, θ) ↦ (r cos θ, r sin θ) has J = [[cos θ, −r sin θ], [sin θ, r cos θ]]; at (2, π/3).
        var jacobian = FiniteDifference.Jacobian(p => [p[0] * Math.Cos(p[1]), p[0] * Math.Sin(p[1])], [2, Math.PI / 3]);

        Assert.Equal(0.5, jacobian[0, 0], CentralTolerance);
        Assert.Equal(-Math.Sqrt(3), jacobian[0, 1], CentralTolerance);
        Assert.Equal(Math.Sqrt(3) / 2, jacobian[1, 0], CentralTolerance);
        Assert.Equal(1.0, jacobian[1, 1], CentralTolerance);
    }

    [Theory]
    [InlineData(DifferenceScheme.Forward, 3, 4)]
    [InlineData(DifferenceScheme.Backward, 3, 4)]
    [InlineData(DifferenceScheme.Central, 3, 6)]
    [InlineData(DifferenceScheme.FivePoint, 3, 12)]
    public void GradientAndJacobian_CountsOfEvaluations_AreThoseOfTheScheme(DifferenceScheme scheme, int n, int evaluations)
    {
        var gradientCalls = 0;
        var jacobianCalls = 0;

        FiniteDifference.Gradient(p => { gradientCalls++; return p.Sum(); }, new double[n], scheme);
        FiniteDifference.Jacobian(p => { jacobianCalls++; return [p.Sum(), p[0], p[1], 2 * p[2]]; }, new double[n], scheme);

        // Forward and backward differences share f(x) between the axes (n + 1); central and five-point never weigh f(x),
        // so they make two and four evaluations per axis (2n, 4n): whole vectors, whatever their length.
        Assert.Equal(evaluations, gradientCalls);
        Assert.Equal(evaluations, jacobianCalls);
    }

    [Theory]
    [InlineData(DifferenceScheme.Forward)]
    [InlineData(DifferenceScheme.Central)]
    [InlineData(DifferenceScheme.FivePoint)]
    public void ErrorAgainstStep_Exp_HasItsMinimumWithinADecadeOfTheTheoreticalStep(DifferenceScheme scheme)
    {
        // Theory: the best step is about ε^(1/(p+1)): 1.5e-8 forward, 6e-6 central, 7e-4 five-point. For eˣ at 1 the
        // constants in front of hᵖ and ε/h are near 1, so the measured minimum lies within a decade of it.
        var curve = FiniteDifference.ErrorAgainstStep(Math.Exp, 1.0, Math.E, FiniteDifference.LogSpacedSteps(-1, -14, perDecade: 8), scheme);

        var best = curve.MinBy(point => point.Error)!;
        Assert.InRange(Math.Log10(best.Step / StepSize.Optimal(scheme, 1.0)), -1.0, 1.0);
        Assert.True(best.Error < curve[0].Error && best.Error < curve[^1].Error, "The error curve should fall and then rise again.");
    }

    [Theory]
    [InlineData(DifferenceScheme.Forward, 1, 1e-2, 1e-3)]
    [InlineData(DifferenceScheme.Central, 2, 1e-2, 1e-3)]
    [InlineData(DifferenceScheme.FivePoint, 4, 1e-1, 1e-2)]
    public void ErrorAgainstStep_LargeSteps_ShrinkAsTheSchemesOrder(DifferenceScheme scheme, int order, double larger, double smaller)
    {
        // While truncation dominates, error ∝ hᵖ: a tenfold smaller step divides the error by 10ᵖ (slope p on log-log axes).
        var curve = FiniteDifference.ErrorAgainstStep(Math.Exp, 1.0, Math.E, [larger, smaller], scheme);

        var slope = Math.Log10(curve[0].Error / curve[1].Error);
        Assert.Equal(order, slope, SlopeTolerance);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Derivative_PointNotFinite_ThrowsNamingIt(double x)
    {
        var error = Assert.Throws<ArgumentException>(() => FiniteDifference.Derivative(Math.Sin, x));

        Assert.Equal("x", error.ParamName);
        Assert.Contains("a derivative needs a finite point", error.Message);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1e-3)]
    [InlineData(double.NaN)]
    public void Derivative_StepNotPositive_Throws(double h)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => FiniteDifference.Derivative(Math.Sin, 1, h: h));

        Assert.Contains("must be a positive finite number", error.Message);
    }

    [Fact]
    public void Gradient_ComponentNotFinite_ThrowsNamingTheComponent()
    {
        var error = Assert.Throws<ArgumentException>(() => FiniteDifference.Gradient(p => p[0], [1, double.NaN]));

        Assert.StartsWith("x[1] is NaN", error.Message);
    }

    [Fact]
    public void Gradient_FunctionReadsPastThePoint_ThrowsSayingSo()
    {
        var error = Assert.Throws<ArgumentException>(() => FiniteDifference.Gradient(p => p[0] + p[3], [1, 2]));

        Assert.Contains("read past the end of its 2-dimensional point", error.Message);
    }

    [Theory]
    [InlineData(-1, -1, 4)]
    [InlineData(-1, -5, 0)]
    public void LogSpacedSteps_BadRange_Throws(double from, double to, int perDecade)
    {
        Assert.ThrowsAny<ArgumentException>(() => FiniteDifference.LogSpacedSteps(from, to, perDecade));
    }

    [Fact]
    public void ErrorAgainstStep_ExactDerivativeNaN_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => FiniteDifference.ErrorAgainstStep(Math.Exp, 1, double.NaN, [1e-3]));

        Assert.Equal("exactDerivative", error.ParamName);
    }

    [Fact]
    public void Jacobian_OutputLengthChanges_ThrowsSayingSo()
    {
        var error = Assert.Throws<InvalidOperationException>(() => FiniteDifference.Jacobian(p => p[0] > 1 ? [1.0] : [1.0, 2.0], [1.0]));

        Assert.Contains("f returned 1 values at the first point it was evaluated at but 2", error.Message);
    }
}
