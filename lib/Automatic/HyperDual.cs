using System.Globalization;

namespace Calculus.Automatic;

/// <summary>
/// A hyper-dual number a + bε₁ + cε₂ + dε₁ε₂ with ε₁² = ε₂² = 0: exact second derivatives by forward mode.
/// Evaluating f at x + eᵢε₁ + eⱼε₂ gives ∂f/∂xᵢ in the ε₁ part, ∂f/∂xⱼ in the ε₂ part and ∂²f/∂xᵢ∂xⱼ in the ε₁ε₂ part,
/// with no step size and so no truncation or cancellation error.
/// </summary>
/// <param name="Value">a, the value.</param>
/// <param name="E1">b, the first derivative along the ε₁ direction.</param>
/// <param name="E2">c, the first derivative along the ε₂ direction.</param>
/// <param name="E1E2">d, the mixed second derivative.</param>
public readonly record struct HyperDual(double Value, double E1, double E2, double E1E2) : IScalar<HyperDual>
{
    /// <summary>A constant c (all derivative parts 0).</summary>
    public static HyperDual Constant(double value) => new(value, 0, 0, 0);

    /// <summary>A constant, so that plain numbers mix with hyper-duals.</summary>
    public static implicit operator HyperDual(double value) => new(value, 0, 0, 0);

    /// <summary>The sum rule, part by part.</summary>
    public static HyperDual operator +(HyperDual u, HyperDual v) => new(u.Value + v.Value, u.E1 + v.E1, u.E2 + v.E2, u.E1E2 + v.E1E2);

    /// <summary>u + c: only the value moves.</summary>
    public static HyperDual operator +(HyperDual u, double c) => u with { Value = u.Value + c };

    /// <summary>c + u: only the value moves.</summary>
    public static HyperDual operator +(double c, HyperDual u) => u with { Value = c + u.Value };

    /// <summary>u − v, part by part.</summary>
    public static HyperDual operator -(HyperDual u, HyperDual v) => new(u.Value - v.Value, u.E1 - v.E1, u.E2 - v.E2, u.E1E2 - v.E1E2);

    /// <summary>u − c: only the value moves.</summary>
    public static HyperDual operator -(HyperDual u, double c) => u with { Value = u.Value - c };

    /// <summary>c − u.</summary>
    public static HyperDual operator -(double c, HyperDual u) => new(c - u.Value, -u.E1, -u.E2, -u.E1E2);

    /// <summary>−u.</summary>
    public static HyperDual operator -(HyperDual u) => new(-u.Value, -u.E1, -u.E2, -u.E1E2);

    /// <summary>The product rule to second order: (uv)₁₂ = u₁₂v + u₁v₂ + u₂v₁ + uv₁₂.</summary>
    public static HyperDual operator *(HyperDual u, HyperDual v) => new(
        u.Value * v.Value,
        (u.E1 * v.Value) + (u.Value * v.E1),
        (u.E2 * v.Value) + (u.Value * v.E2),
        (u.E1E2 * v.Value) + (u.E1 * v.E2) + (u.E2 * v.E1) + (u.Value * v.E1E2));

    /// <summary>c·u.</summary>
    public static HyperDual operator *(HyperDual u, double c) => new(u.Value * c, u.E1 * c, u.E2 * c, u.E1E2 * c);

    /// <summary>c·u.</summary>
    public static HyperDual operator *(double c, HyperDual u) => u * c;

    /// <summary>u / v = u · (1/v).</summary>
    public static HyperDual operator /(HyperDual u, HyperDual v) => u * Reciprocal(v);

    /// <summary>u / c.</summary>
    public static HyperDual operator /(HyperDual u, double c) => u * (1 / c);

    /// <summary>c / u.</summary>
    public static HyperDual operator /(double c, HyperDual u) => c * Reciprocal(u);

    /// <summary>uⁿ: g(a) = aⁿ, g' = n·aⁿ⁻¹, g'' = n(n−1)·aⁿ⁻².</summary>
    public static HyperDual Pow(HyperDual u, double n) => Chain(
        u,
        Math.Pow(u.Value, n),
        n == 0 ? 0 : n * Math.Pow(u.Value, n - 1),
        n == 0 || n == 1 ? 0 : n * (n - 1) * Math.Pow(u.Value, n - 2));

    /// <summary>√u: g' = 1/(2√a), g'' = −1/(4a^{3/2}).</summary>
    public static HyperDual Sqrt(HyperDual u)
    {
        var root = Math.Sqrt(u.Value);
        return Chain(u, root, 0.5 / root, -0.25 / (root * u.Value));
    }

    /// <summary>eᵘ: g = g' = g'' = eᵃ.</summary>
    public static HyperDual Exp(HyperDual u)
    {
        var exp = Math.Exp(u.Value);
        return Chain(u, exp, exp, exp);
    }

    /// <summary>ln u: g' = 1/a, g'' = −1/a².</summary>
    public static HyperDual Log(HyperDual u) => Chain(u, Math.Log(u.Value), 1 / u.Value, -1 / (u.Value * u.Value));

    /// <summary>sin u: g' = cos a, g'' = −sin a.</summary>
    public static HyperDual Sin(HyperDual u) => Chain(u, Math.Sin(u.Value), Math.Cos(u.Value), -Math.Sin(u.Value));

    /// <summary>cos u: g' = −sin a, g'' = −cos a.</summary>
    public static HyperDual Cos(HyperDual u) => Chain(u, Math.Cos(u.Value), -Math.Sin(u.Value), -Math.Cos(u.Value));

    /// <summary>tan u: g' = sec²a, g'' = 2 sec²a tan a.</summary>
    public static HyperDual Tan(HyperDual u)
    {
        var tan = Math.Tan(u.Value);
        var secSquared = 1 + (tan * tan);
        return Chain(u, tan, secSquared, 2 * secSquared * tan);
    }

    /// <summary>The parts in invariant culture.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Value} + {E1}ε₁ + {E2}ε₂ + {E1E2}ε₁ε₂");

    private static HyperDual Reciprocal(HyperDual u) => Chain(u, 1 / u.Value, -1 / (u.Value * u.Value), 2 / (u.Value * u.Value * u.Value));

    /// <summary>The chain rule to second order: g(u)₁₂ = g'(a)·d + g''(a)·b·c; a part that u does not carry stays 0, even where g' is infinite.</summary>
    private static HyperDual Chain(HyperDual u, double value, double first, double second) => new(
        value,
        Times(first, u.E1),
        Times(first, u.E2),
        Times(first, u.E1E2) + Times(second, u.E1 * u.E2));

    /// <summary>a·b, but 0 when b is 0 (so ∞·0 is 0, not NaN: a derivative u does not have cannot be infinite).</summary>
    private static double Times(double a, double b) => b == 0 ? 0 : a * b;
}
