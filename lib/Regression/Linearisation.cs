using MathNet.Numerics.LinearAlgebra;

namespace Calculus.Regression;

/// <summary>
/// The model linearised at θ: f(xᵢ; θ + δ) ≈ f(xᵢ; θ) + Σⱼ Jᵢⱼδⱼ, stored weighted by 1/σᵢ (J̃ and r̃), with the
/// gradient of χ² that follows from it.
/// </summary>
/// <param name="WeightedJacobian">J̃ᵢⱼ = (∂f(xᵢ)/∂θⱼ)/σᵢ.</param>
/// <param name="WeightedResiduals">r̃ᵢ = (yᵢ − f(xᵢ; θ))/σᵢ.</param>
internal sealed record Linearisation(Matrix<double> WeightedJacobian, Vector<double> WeightedResiduals)
{
    /// <summary>∇χ² = −2JᵀWr = −2J̃ᵀr̃.</summary>
    public Vector<double> Gradient => -2 * WeightedJacobian.TransposeThisAndMultiply(WeightedResiduals);
}
