using Calculus.FiniteDifferences;
using Calculus.Tests.TestFunctions;

namespace Calculus.Tests.FiniteDifferences;

public sealed class FiniteDifferenceTests
{
    [Theory]
    [InlineData(DifferenceScheme.Forward, 1e-7)]
    [InlineData(DifferenceScheme.Backward, 1e-7)]
    [InlineData(DifferenceScheme.Central, 1e-9)]
    [InlineData(DifferenceScheme.FivePoint, 1e-11)]
    public void Derivative_XSquaredSinX_MatchesTheHandWorkedValueToTheSchemesAccuracy(DifferenceScheme scheme, double tolerance)
    {
        // f(x) = x² sin x, f'(x) = 2x sin x + x² cos x, which is π at x = π/2.
        // Tolerances: the error at the default step is about ε^(p/(p+1)) times the size of f's derivatives (≈ 10 here).
        var derivative = FiniteDifference.Derivative(x => x * x * Math.Sin(x), Math.PI / 2, scheme);

        Assert.Equal(Math.PI, derivative, tolerance);
    }

    [Fact]
    public void Derivative_WithAStep_UsesExactlyThatStep()
    {
        // For f(x) = x², the forward difference is exactly 2x + h.
        Assert.Equal(6.5, FiniteDifference.Derivative(x => x * x, 3, DifferenceScheme.Forward, h: 0.5), 12);
        Assert.Equal(5.5, FiniteDifference.Derivative(x => x * x, 3, DifferenceScheme.Backward, h: 0.5), 12);
        Assert.Equal(6.0, FiniteDifference.Derivative(x => x * x, 3, DifferenceScheme.Central, h: 0.5), 12);
    }

    [Fact]
    public void SecondDerivative_XSquaredSinX_MatchesTheHandWorkedValue()
    {
        // f''(x) = 2 sin x + 4x cos x − x² sin x = 2 − π²/4 at x = π/2. Error O(h²) + O(ε/h²) ≈ 1e-8 at h = ε^(1/4).
        Assert.Equal(2 - (Math.PI * Math.PI / 4), FiniteDifference.SecondDerivative(x => x * x * Math.Sin(x), Math.PI / 2), 1e-6);
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

        // Central differences at h ≈ 6e-6 on values up to ~1e3: about 1e-7 absolute; second differences ≈ 1e-4.
        var expectedGradient = Rosenbrock.Gradient(x, y);
        var expectedHessian = Rosenbrock.Hessian(x, y);
        Assert.Equal(expectedGradient[0], gradient[0], 1e-6);
        Assert.Equal(expectedGradient[1], gradient[1], 1e-6);
        for (var i = 0; i < 2; i++)
        {
            for (var j = 0; j < 2; j++)
            {
                Assert.Equal(expectedHessian[i, j], hessian[i, j], 1e-3);
            }
        }
    }

    [Fact]
    public void Jacobian_PolarToCartesian_IsTheHandWorkedMatrix()
    {
        // (r, θ) ↦ (r cos θ, r sin θ) has J = [[cos θ, −r sin θ], [sin θ, r cos θ]]; at (2, π/3).
        var jacobian = FiniteDifference.Jacobian(p => [p[0] * Math.Cos(p[1]), p[0] * Math.Sin(p[1])], [2, Math.PI / 3]);

        Assert.Equal(0.5, jacobian[0, 0], 1e-9);
        Assert.Equal(-Math.Sqrt(3), jacobian[0, 1], 1e-9);
        Assert.Equal(Math.Sqrt(3) / 2, jacobian[1, 0], 1e-9);
        Assert.Equal(1.0, jacobian[1, 1], 1e-9);
    }

    [Theory]
    [InlineData(DifferenceScheme.Forward, 3, 6)]
    [InlineData(DifferenceScheme.Central, 3, 6)]
    [InlineData(DifferenceScheme.FivePoint, 3, 12)]
    public void Gradient_CountsOfEvaluations_AreThoseOfTheScheme(DifferenceScheme scheme, int n, int evaluations)
    {
        var count = 0;

        FiniteDifference.Gradient(p => { count++; return p.Sum(); }, new double[n], scheme);

        // Forward: f(x) and f(x + h) per axis (f(x) is not shared between axes), so 2n; central 2n; five-point 4n.
        Assert.Equal(evaluations, count);
    }

    [Theory]
    [InlineData(DifferenceScheme.Forward, 1e-10, 1e-6)]
    [InlineData(DifferenceScheme.Central, 1e-7, 1e-4)]
    [InlineData(DifferenceScheme.FivePoint, 1e-5, 1e-2)]
    public void ErrorAgainstStep_Exp_HasItsMinimumNearTheTheoreticalStep(DifferenceScheme scheme, double low, double high)
    {
        // Theory: the best step is about ε^(1/(p+1)): 1.5e-8 forward, 6e-6 central, 7e-4 five-point. The window is a
        // decade or two either side, because the constants (f's higher derivatives, rounding luck) shift it.
        var curve = FiniteDifference.ErrorAgainstStep(Math.Exp, 1.0, Math.E, FiniteDifference.LogSpacedSteps(-1, -14, perDecade: 8), scheme);

        var best = curve.MinBy(point => point.Error)!;
        Assert.InRange(best.Step, low, high);
        Assert.InRange(StepSize.Optimal(scheme, 1.0), low, high);
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
        Assert.Equal(order, slope, 0.1);
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
    public void Jacobian_OutputLengthChanges_ThrowsSayingSo()
    {
        var error = Assert.Throws<InvalidOperationException>(() => FiniteDifference.Jacobian(p => p[0] > 1 ? [1.0] : [1.0, 2.0], [1.0]));

        Assert.Contains("f returned 2 values at the starting point but 1", error.Message);
    }
}
