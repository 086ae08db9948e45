using Calculus.Optimisation;
using static Calculus.Tests.Optimisation.Problems;

namespace Calculus.Tests.Optimisation;

public sealed class AdamTests
{
    // The runs stop when ‖∇f‖ ≤ 1e-8 (the default); on the bowl x² + 4y² that puts x within 1e-8/2 of 0.
    private const double BowlTolerance = 1e-8;

    // The second step below is worked by hand to six decimals.
    private const double HandTolerance = 1e-5;

    [Fact]
    public void Minimise_FirstStep_MovesEachCoordinateByAlphaWhateverItsGradient()
    {
        // Step 1: m̂ = g and v̂ = g², so the step is α·g/|g| = α in every coordinate: (2, 1) − 0.1·(1, 1) = (1.9, 0.9),
        // although ∂f/∂y = 8 is twice ∂f/∂x = 4.
        var result = Adam.Minimise(Bowl, BowlGradient, [2.0, 1.0], stepSize: 0.1);

        Assert.Equal([1.9, 0.9], result.Iterates[1].ToArray(), new ToleranceComparer(1e-9));
    }

    [Fact]
    public void Minimise_SecondStep_IsTheHandWorkedBiasCorrectedStep()
    {
        // g₁ = (3.8, 7.2); m = 0.9·0.1·(4, 8) + 0.1·g₁ = (0.74, 1.44), m̂ = m/0.19 = (3.894737, 7.578947);
        // v = 0.999·0.001·(16, 64) + 0.001·g₁² = (0.030424, 0.115776), v̂ = v/0.001999 = (15.219610, 57.916958);
        // m̂/√v̂ = (0.998320, 0.995878), so x₂ = (1.9, 0.9) − 0.1·that = (1.800168, 0.800412).
        var result = Adam.Minimise(Bowl, BowlGradient, [2.0, 1.0], stepSize: 0.1);

        Assert.Equal([1.800168, 0.800412], result.Iterates[2].ToArray(), new ToleranceComparer(HandTolerance));
        Assert.All(result.Steps, step => Assert.Equal(StepKind.Adam, step));
    }

    [Fact]
    public void Minimise_Bowl_ConvergesToTheMinimum()
    {
        var result = Adam.Minimise(Bowl, BowlGradient, [2.0, 1.0], stepSize: 0.05, maxIterations: 50_000);

        Assert.Equal(StopReason.Converged, result.StopReason);
        Assert.Equal(0, result.Point[0], BowlTolerance);
        Assert.Equal(0, result.Point[1], BowlTolerance);
    }

    [Fact]
    public void Minimise_BadArguments_ThrowNamingTheParameter()
    {
        Assert.Equal("stepSize", Assert.Throws<ArgumentOutOfRangeException>(() => Adam.Minimise(Bowl, BowlGradient, [1.0, 1.0], 0)).ParamName);
        Assert.Equal("beta1", Assert.Throws<ArgumentOutOfRangeException>(() => Adam.Minimise(Bowl, BowlGradient, [1.0, 1.0], 0.1, beta1: 1)).ParamName);
        Assert.Equal("beta2", Assert.Throws<ArgumentOutOfRangeException>(() => Adam.Minimise(Bowl, BowlGradient, [1.0, 1.0], 0.1, beta2: -0.1)).ParamName);
        Assert.Equal("epsilon", Assert.Throws<ArgumentOutOfRangeException>(() => Adam.Minimise(Bowl, BowlGradient, [1.0, 1.0], 0.1, epsilon: 0)).ParamName);
    }
}
