namespace Calculus.Optimisation;

/// <summary>Which rule produced a step of a multivariate optimiser.</summary>
public enum StepKind
{
    /// <summary>A step down the gradient: xₖ₊₁ = xₖ − α∇f(xₖ).</summary>
    Gradient,

    /// <summary>A heavy-ball step: vₖ₊₁ = βvₖ − α∇f(xₖ), xₖ₊₁ = xₖ + vₖ₊₁.</summary>
    Momentum,

    /// <summary>A Newton step: solve H(xₖ)Δ = −∇f(xₖ), then xₖ₊₁ = xₖ + Δ.</summary>
    Newton,

    /// <summary>An Adam step: mₖ₊₁ = β₁mₖ + (1 − β₁)∇f, vₖ₊₁ = β₂vₖ + (1 − β₂)(∇f)², xₖ₊₁ = xₖ − α·m̂/(√v̂ + ε), with bias-corrected m̂ and v̂.</summary>
    Adam,
}
