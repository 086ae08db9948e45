using Calculus.Automatic;
using Calculus.Optimisation;

namespace Calculus.Tests.Optimisation;

public sealed class NewtonRaphsonTests
{
    // The iterates of x² − 2 are numbers near 1.4, whose spacing (ulp) is 2.2e-16; a handful of roundings along the way.
    private const double Rounding = 1e-15;

    // A measured order of convergence, p = ln(eₙ₊₁/eₙ) / ln(eₙ/eₙ₋₁): the brief asks for 2 (or 1) within 0.1.
    private const double OrderTolerance = 0.1;

    // The x^(1/3) iterates double and change sign (xₙ₊₁ = −2xₙ); cube roots round, so compare to a few ulps of 32.
    private const double CubeRootRounding = 1e-12;

    [Fact]
    public void FindRoot_XSquaredMinusTwoFromOne_GivesTheHandWorkedIterates()
    {
        // x₁ = 1 − (1 − 2)/2 = 3/2, x₂ = 3/2 − (1/4)/3 = 17/12, x₃ = 17/12 − (1/144)/(17/6) = 577/408.
        var result = NewtonRaphson.FindRoot(x => (x * x) - 2, x => 2 * x, 1);

        Assert.Equal(1.5, result.Iterates[1], Rounding);
        Assert.Equal(17.0 / 12, result.Iterates[2], Rounding);
        Assert.Equal(577.0 / 408, result.Iterates[3], Rounding);
        Assert.Equal(StopReason.Converged, result.StopReason);
        Assert.True(result.Converged);
        Assert.Equal(Math.Sqrt(2), result.Root, Rounding);
    }

    [Fact]
    public void FindRoot_XSquaredMinusTwoFromOne_RowsHoldTheValueSlopeAndStep()
    {
        var result = NewtonRaphson.FindRoot(x => (x * x) - 2, x => 2 * x, 1);

        // Row 0: f(1) = −1, f'(1) = 2, step = 1/2.
        Assert.Equal(new NewtonRaphsonStep(0, 1, -1, 2, 0.5), result.Steps[0]);
        // Row 1: f(3/2) = 1/4, f'(3/2) = 3, step = −1/12.
        Assert.Equal(0.25, result.Steps[1].Value, Rounding);
        Assert.Equal(3, result.Steps[1].Derivative, Rounding);
        Assert.Equal(-1.0 / 12, result.Steps[1].Step, Rounding);
    }

    [Fact]
    public void FindRoot_XSquaredMinusTwoFromOne_CountsOneCallOfEachDelegatePerRow()
    {
        var functionCalls = 0;
        var derivativeCalls = 0;

        var result = NewtonRaphson.FindRoot(
            x => { functionCalls++; return (x * x) - 2; },
            x => { derivativeCalls++; return 2 * x; },
            1);

        // Rows at x₀ … x₄; the step from x₄ (≈ 1.6e-12) is below the tolerance, so x₅ is accepted without a row.
        Assert.Equal(5, functionCalls);
        Assert.Equal(5, derivativeCalls);
        Assert.Equal(functionCalls, result.FunctionEvaluations);
        Assert.Equal(derivativeCalls, result.DerivativeEvaluations);
        Assert.Equal(5, result.Steps.Count);
        Assert.Equal(5, result.Iterations);
        Assert.Equal(6, result.Iterates.Count);
    }

    [Fact]
    public void ConvergenceOrder_SimpleRoot_IsTwo()
    {
        var result = NewtonRaphson.FindRoot(x => (x * x) - 2, x => 2 * x, 1);

        Assert.Equal(2, result.ConvergenceOrder(), OrderTolerance);
        Assert.Equal(2, result.ConvergenceOrder(Math.Sqrt(2)), OrderTolerance);
    }

    [Fact]
    public void ConvergenceOrder_DoubleRoot_IsOne()
    {
        // f = x², f' = 2x: xₙ₊₁ = xₙ − xₙ²/(2xₙ) = xₙ/2, so the error only halves each step.
        var result = NewtonRaphson.FindRoot(x => x * x, x => 2 * x, 1);

        Assert.Equal(0.5, result.Iterates[1]);
        Assert.Equal(0.25, result.Iterates[2]);
        Assert.Equal(1, result.ConvergenceOrder(knownRoot: 0), OrderTolerance);
        Assert.All(Convergence.OrderEstimates(result.Iterates, 0), order => Assert.Equal(1, order, OrderTolerance));
    }

    [Fact]
    public void FindRoot_ZeroDerivativeAtTheStart_ReportsZeroDerivative()
    {
        // f = x² − 1 at x = 0: f = −1 but f' = 0, so the tangent is horizontal and never meets the axis.
        var result = NewtonRaphson.FindRoot(x => (x * x) - 1, x => 2 * x, 0);

        Assert.Equal(StopReason.ZeroDerivative, result.StopReason);
        Assert.False(result.Converged);
        Assert.Equal([0.0], result.Iterates);
        Assert.Equal(0, result.Steps[0].Derivative);
        Assert.True(double.IsNaN(result.Steps[0].Step));
        Assert.Equal(1, result.FunctionEvaluations);
    }

    [Fact]
    public void FindRoot_CubicFromZero_ReportsTheCycle()
    {
        // f = x³ − 2x + 2: from 0, f = 2 and f' = −2 give 1; from 1, f = 1 and f' = 1 give 0 again.
        var result = NewtonRaphson.FindRoot(x => (x * x * x) - (2 * x) + 2, x => (3 * x * x) - 2, 0);

        Assert.Equal(StopReason.Cycling, result.StopReason);
        Assert.Equal([0.0, 1.0, 0.0], result.Iterates);
        Assert.Equal(2, result.FunctionEvaluations);
    }

    [Fact]
    public void FindRoot_CubeRootFromOne_Diverges()
    {
        // f = x^(1/3), f' = x^(−2/3)/3: xₙ₊₁ = xₙ − 3xₙ = −2xₙ, so the iterates double and |f| grows every step.
        var result = NewtonRaphson.FindRoot(Math.Cbrt, x => 1 / (3 * Math.Cbrt(x) * Math.Cbrt(x)), 1);

        Assert.Equal(StopReason.Diverged, result.StopReason);
        Assert.Equal([1.0, -2, 4, -8, 16, -32], result.Iterates, new ToleranceComparer(CubeRootRounding));
    }

    [Fact]
    public void FindRoot_ArctanFromOneAndAHalf_DivergesButFromOneConverges()
    {
        // arctan's tangents are steep enough near 0 but flat far out: from 1.5 each step overshoots further.
        var far = NewtonRaphson.FindRoot(Math.Atan, x => 1 / (1 + (x * x)), 1.5);
        var near = NewtonRaphson.FindRoot(Math.Atan, x => 1 / (1 + (x * x)), 1);

        Assert.Equal(StopReason.Diverged, far.StopReason);
        Assert.True(Math.Abs(far.Root) > 1000);
        Assert.Equal(StopReason.Converged, near.StopReason);
        Assert.Equal(0, near.Root, Rounding);
    }

    [Fact]
    public void FindRoot_IterationLimit_ReportsMaxIterations()
    {
        var result = NewtonRaphson.FindRoot(x => x * x, x => 2 * x, 1, maxIterations: 3);

        Assert.Equal(StopReason.MaxIterations, result.StopReason);
        Assert.Equal([1.0, 0.5, 0.25, 0.125], result.Iterates);
    }

    [Fact]
    public void FindRoot_DualNumbers_MatchesTheSuppliedDerivative()
    {
        var supplied = NewtonRaphson.FindRoot(x => (x * x) - 2, x => 2 * x, 1);
        var automatic = NewtonRaphson.FindRoot((Dual x) => (x * x) - 2, 1);

        Assert.Equal(supplied.Iterates, automatic.Iterates);
        Assert.Equal(supplied.FunctionEvaluations, automatic.FunctionEvaluations);
    }

    [Fact]
    public void ToString_XSquaredMinusTwo_IsAnAlignedTable()
    {
        var lines = NewtonRaphson.FindRoot(x => (x * x) - 2, x => 2 * x, 1).ToString().Split(Environment.NewLine);

        var table = lines[..^1];
        Assert.Equal(6, table.Length);
        Assert.All(table, line => Assert.Equal(table[0].Length, line.Length));
        Assert.Contains("f'(x_n)", lines[0]);
        Assert.Contains("1.41421568627451", lines[4]);
        Assert.StartsWith("Newton–Raphson converged after 5 steps", lines[^1]);
    }

    [Fact]
    public void FindRoot_BadInput_ThrowsNamingTheArgument()
    {
        Assert.Equal("start", Assert.Throws<ArgumentException>(() => NewtonRaphson.FindRoot(x => x, x => 1, double.NaN)).ParamName);
        Assert.Equal("start", Assert.Throws<ArgumentException>(() => NewtonRaphson.FindRoot(x => x, x => 1, double.PositiveInfinity)).ParamName);
        Assert.Equal("tolerance", Assert.Throws<ArgumentOutOfRangeException>(() => NewtonRaphson.FindRoot(x => x, x => 1, 1, tolerance: 0)).ParamName);
        Assert.Equal("tolerance", Assert.Throws<ArgumentOutOfRangeException>(() => NewtonRaphson.FindRoot(x => x, x => 1, 1, tolerance: -1e-3)).ParamName);
        Assert.Equal("maxIterations", Assert.Throws<ArgumentOutOfRangeException>(() => NewtonRaphson.FindRoot(x => x, x => 1, 1, maxIterations: 0)).ParamName);
        Assert.Equal("derivative", Assert.Throws<ArgumentNullException>(() => NewtonRaphson.FindRoot(x => x, null!, 1)).ParamName);
    }

    [Fact]
    public void Order_TooFewIterates_ThrowsNamingTheIterates()
    {
        Assert.Equal("iterates", Assert.Throws<ArgumentException>(() => Convergence.Order([1.0, 2.0])).ParamName);
        Assert.Equal("iterates", Assert.Throws<ArgumentException>(() => Convergence.Order([1.0, double.NaN, 2.0, 3.0])).ParamName);
    }
}
