using MathNet.Numerics.LinearAlgebra;

namespace Calculus.Regression;

/// <summary>
/// The parameters θ of a model linear in them, y = Σⱼ θⱼ Xᵢⱼ, that minimise χ², with their covariance and the
/// goodness of fit. Made by <see cref="LinearLeastSquares"/>.
/// </summary>
public sealed class LinearFit
{
    internal LinearFit(Vector<double> parameters, Matrix<double> covariance, double chiSquared, int points)
    {
        Parameters = parameters;
        Covariance = covariance;
        Uncertainties = covariance.Diagonal().PointwiseSqrt();
        ChiSquared = chiSquared;
        DegreesOfFreedom = points - parameters.Count;
        ChiSquaredPerDegreeOfFreedom = DegreesOfFreedom > 0 ? chiSquared / DegreesOfFreedom : null;
        PValue = DegreesOfFreedom > 0 ? Regression.ChiSquared.PValue(chiSquared, DegreesOfFreedom) : null;
    }

    /// <summary>θ = (XᵀWX)⁻¹XᵀWy, the best-fit parameters (one per column of the design matrix X).</summary>
    public Vector<double> Parameters { get; }

    /// <summary>C = (XᵀWX)⁻¹ = (½ ∇²χ²)⁻¹: the inverse of half the Hessian (curvature) of χ².</summary>
    /// <remarks>Without uncertainties (all σᵢ = 1) this assumes the scatter of y is 1; multiply by χ²/ν to estimate it from the data instead.</remarks>
    public Matrix<double> Covariance { get; }

    /// <summary>σⱼ = √Cⱼⱼ, the standard uncertainty of each parameter.</summary>
    public Vector<double> Uncertainties { get; }

    /// <summary>χ² = Σ ((yᵢ − (Xθ)ᵢ)/σᵢ)² at the best fit.</summary>
    public double ChiSquared { get; }

    /// <summary>ν = n − p.</summary>
    public int DegreesOfFreedom { get; }

    /// <summary>χ²/ν; null when ν = 0 (as many parameters as points: the fit passes through every point).</summary>
    public double? ChiSquaredPerDegreeOfFreedom { get; }

    /// <summary>p = P(X ≥ χ²) for ν degrees of freedom; null when ν = 0.</summary>
    public double? PValue { get; }

    /// <summary>"θ0 = 1.2 ± 0.3, θ1 = …; χ² = … for ν degrees of freedom (χ²/ν = …, p = …)".</summary>
    public override string ToString() =>
        string.Join(", ", Parameters.Select((value, j) => FitText.Estimate($"θ{j}", value, Uncertainties[j]))) + "; " +
        FitText.Goodness(ChiSquared, DegreesOfFreedom, ChiSquaredPerDegreeOfFreedom, PValue);
}
