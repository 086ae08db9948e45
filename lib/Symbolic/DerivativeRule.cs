namespace Calculus.Symbolic;

/// <summary>The rules of differentiation a <see cref="DerivationStep"/> can apply.</summary>
public enum DerivativeRule
{
    /// <summary>The constant rule: d/dx c = 0 for a number c.</summary>
    Constant,

    /// <summary>The variable itself: d/dx x = 1.</summary>
    Variable,

    /// <summary>An expression without x is a constant with respect to x: ∂/∂x f(y) = 0.</summary>
    ConstantWithRespectTo,

    /// <summary>The sum rule: (u + v)' = u' + v'.</summary>
    Sum,

    /// <summary>The constant multiple rule: (c·u)' = c·u'.</summary>
    ConstantMultiple,

    /// <summary>The power rule: (xⁿ)' = n·xⁿ⁻¹ for a constant n.</summary>
    Power,

    /// <summary>The product rule: (u·v)' = u'·v + u·v'.</summary>
    Product,

    /// <summary>The quotient rule: (u/v)' = (u'v − uv')/v².</summary>
    Quotient,

    /// <summary>The chain rule: (f(u))' = f'(u)·u'.</summary>
    Chain,

    /// <summary>The exponential: (eˣ)' = eˣ.</summary>
    Exp,

    /// <summary>The natural logarithm: (ln x)' = 1/x.</summary>
    Log,

    /// <summary>The sine: (sin x)' = cos x.</summary>
    Sin,

    /// <summary>The cosine: (cos x)' = −sin x.</summary>
    Cos,

    /// <summary>The tangent: (tan x)' = 1/cos²x.</summary>
    Tan,

    /// <summary>The square root: (√x)' = 1/(2√x).</summary>
    Sqrt,

    /// <summary>The reciprocal rule: (1/v)' = −v'/v².</summary>
    Reciprocal,

    /// <summary>An exponential with another constant base: (aˣ)' = aˣ·ln a.</summary>
    Exponential,

    /// <summary>A variable raised to a variable power, by logarithmic differentiation: (uᵛ)' = uᵛ·(v'·ln u + v·u'/u).</summary>
    GeneralPower,
}
