namespace Calculus.Regression;

/// <summary>
/// The straight line y = a + bx that minimises χ², with the uncertainties of a and b and the goodness of fit.
/// Made by <see cref="LinearLeastSquares.Line"/>.
/// </summary>
/// <remarks>Without uncertainties (all σᵢ = 1) σₐ and σ_b assume the scatter of y is 1; multiply them by √(χ²/ν) to estimate it from the data instead.</remarks>
public sealed class LineFit
{
    internal LineFit(double a, double b, double varianceA, double varianceB, double covarianceAB, double chiSquared, int points)
    {
        A = a;
        B = b;
        UncertaintyA = Math.Sqrt(varianceA);
        UncertaintyB = Math.Sqrt(varianceB);
        CovarianceAB = covarianceAB;
        ChiSquared = chiSquared;
        DegreesOfFreedom = points - 2;
        ChiSquaredPerDegreeOfFreedom = DegreesOfFreedom > 0 ? chiSquared / DegreesOfFreedom : null;
        PValue = DegreesOfFreedom > 0 ? Regression.ChiSquared.PValue(chiSquared, DegreesOfFreedom) : null;
    }

    /// <summary>a = (Sₓₓ·S_y − Sₓ·Sₓᵧ)/Δ, the intercept (where S = Σwᵢ, Sₓ = Σwᵢxᵢ, …, Δ = S·Sₓₓ − Sₓ², wᵢ = 1/σᵢ²).</summary>
    public double A { get; }

    /// <summary>b = (S·Sₓᵧ − Sₓ·S_y)/Δ, the slope.</summary>
    public double B { get; }

    /// <summary>σₐ = √(Sₓₓ/Δ), the standard uncertainty of a.</summary>
    public double UncertaintyA { get; }

    /// <summary>σ_b = √(S/Δ), the standard uncertainty of b.</summary>
    public double UncertaintyB { get; }

    /// <summary>cov(a, b) = −Sₓ/Δ: a and b are anti-correlated when the data sit at positive x.</summary>
    public double CovarianceAB { get; }

    /// <summary>χ² = Σ ((yᵢ − a − bxᵢ)/σᵢ)² at the best fit.</summary>
    public double ChiSquared { get; }

    /// <summary>ν = n − 2.</summary>
    public int DegreesOfFreedom { get; }

    /// <summary>χ²/ν; null when ν = 0 (two points, which the line passes through exactly).</summary>
    public double? ChiSquaredPerDegreeOfFreedom { get; }

    /// <summary>p = P(X ≥ χ²) for ν degrees of freedom; null when ν = 0.</summary>
    public double? PValue { get; }

    /// <summary>y = a + bx, the fitted line at x.</summary>
    public double ValueAt(double x) => A + (B * x);

    /// <summary>"a = 1.2 ± 0.3, b = 0.5 ± 0.1; χ² = … for ν degrees of freedom (χ²/ν = …, p = …)".</summary>
    public override string ToString() =>
        $"{FitText.Estimate("a", A, UncertaintyA)}, {FitText.Estimate("b", B, UncertaintyB)}; {FitText.Goodness(ChiSquared, DegreesOfFreedom, ChiSquaredPerDegreeOfFreedom, PValue)}";
}
