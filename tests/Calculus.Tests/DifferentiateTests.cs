using static Calculus.Elementary;

namespace Calculus.Tests;

public sealed class DifferentiateTests
{
    // Symbolic and automatic derivatives are exact to rounding (12 decimals of π); central differences at the
    // default step err by about h²·|f⁽³⁾| ≈ 4e-10 (8 decimals).
    private const int ExactDecimals = 12;
    private const int CentralDecimals = 8;

    [Fact]
    public void FourWays_XSquaredSinXAtHalfPi_AllGivePi()
    {
        // f'(x) = 2x sin x + x² cos x = π at x = π/2.
        var x = Math.PI / 2;

        var symbolic = Differentiate.Symbolically("x^2 * sin(x)").Result.Evaluate(x);
        var numeric = Differentiate.Numerically(t => t * t * Math.Sin(t), x);
        var forward = Differentiate.Forward(t => t * t * Sin(t), x);
        var reverse = Differentiate.Reverse(t => t * t * Sin(t), x);

        Assert.Equal(Math.PI, symbolic, ExactDecimals);
        Assert.Equal(Math.PI, forward, ExactDecimals);
        Assert.Equal(Math.PI, reverse, ExactDecimals);
        Assert.Equal(Math.PI, numeric, CentralDecimals);
    }

    [Fact]
    public void Symbolically_Text_RecordsTheRulesApplied()
    {
        var derivation = Differentiate.Symbolically("x^2 * sin(x)");

        Assert.Equal("2*x*sin(x) + x^2*cos(x)", derivation.Result.ToString());
        Assert.Equal("product rule", derivation.Steps[0].RuleName);
    }
}
