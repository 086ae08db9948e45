using System.Globalization;

namespace Calculus.Automatic;

/// <summary>
/// A dual number a + bε with ε² = 0: forward-mode automatic differentiation. Evaluating f at x + 1ε gives
/// f(x) + f'(x)ε, because every operation applies its own derivative rule to the ε part as it goes.
/// </summary>
/// <param name="Value">a, the value.</param>
/// <param name="Derivative">b, the derivative carried along (the tangent).</param>
public readonly record struct Dual(double Value, double Derivative) : IScalar<Dual>
{
    /// <summary>x + 1ε: the variable we differentiate with respect to.</summary>
    public static Dual Variable(double x) => new(x, 1);

    /// <summary>c + 0ε: a constant.</summary>
    public static Dual Constant(double value) => new(value, 0);

    /// <summary>A constant, so that plain numbers mix with duals.</summary>
    public static implicit operator Dual(double value) => new(value, 0);

    /// <summary>(a + bε) + (c + dε) = (a + c) + (b + d)ε: the sum rule.</summary>
    public static Dual operator +(Dual u, Dual v) => new(u.Value + v.Value, u.Derivative + v.Derivative);

    /// <summary>u + c.</summary>
    public static Dual operator +(Dual u, double c) => new(u.Value + c, u.Derivative);

    /// <summary>c + u.</summary>
    public static Dual operator +(double c, Dual u) => new(c + u.Value, u.Derivative);

    /// <summary>(a + bε) − (c + dε) = (a − c) + (b − d)ε.</summary>
    public static Dual operator -(Dual u, Dual v) => new(u.Value - v.Value, u.Derivative - v.Derivative);

    /// <summary>u − c.</summary>
    public static Dual operator -(Dual u, double c) => new(u.Value - c, u.Derivative);

    /// <summary>c − u.</summary>
    public static Dual operator -(double c, Dual u) => new(c - u.Value, -u.Derivative);

    /// <summary>−(a + bε) = −a − bε.</summary>
    public static Dual operator -(Dual u) => new(-u.Value, -u.Derivative);

    /// <summary>(a + bε)(c + dε) = ac + (ad + bc)ε: the product rule.</summary>
    public static Dual operator *(Dual u, Dual v) => new(u.Value * v.Value, (u.Value * v.Derivative) + (u.Derivative * v.Value));

    /// <summary>c·u: the constant-multiple rule.</summary>
    public static Dual operator *(Dual u, double c) => new(u.Value * c, u.Derivative * c);

    /// <summary>c·u.</summary>
    public static Dual operator *(double c, Dual u) => new(c * u.Value, c * u.Derivative);

    /// <summary>(a + bε)/(c + dε) = a/c + (bc − ad)/c² ε: the quotient rule.</summary>
    public static Dual operator /(Dual u, Dual v) =>
        new(u.Value / v.Value, ((u.Derivative * v.Value) - (u.Value * v.Derivative)) / (v.Value * v.Value));

    /// <summary>u / c.</summary>
    public static Dual operator /(Dual u, double c) => new(u.Value / c, u.Derivative / c);

    /// <summary>c / u = c/a − (c·b/a²)ε.</summary>
    public static Dual operator /(double c, Dual u) => new(c / u.Value, -c * u.Derivative / (u.Value * u.Value));

    /// <summary>(uⁿ)' = n·uⁿ⁻¹·u': the power rule with the chain rule.</summary>
    public static Dual Pow(Dual u, double n) => Chain(u, Math.Pow(u.Value, n), n == 0 ? 0 : n * Math.Pow(u.Value, n - 1));

    /// <summary>(√u)' = u' / (2√u).</summary>
    public static Dual Sqrt(Dual u)
    {
        var root = Math.Sqrt(u.Value);
        return Chain(u, root, 0.5 / root);
    }

    /// <summary>(eᵘ)' = eᵘ·u'.</summary>
    public static Dual Exp(Dual u)
    {
        var exp = Math.Exp(u.Value);
        return Chain(u, exp, exp);
    }

    /// <summary>(ln u)' = u'/u.</summary>
    public static Dual Log(Dual u) => Chain(u, Math.Log(u.Value), 1 / u.Value);

    /// <summary>(sin u)' = cos u·u'.</summary>
    public static Dual Sin(Dual u) => Chain(u, Math.Sin(u.Value), Math.Cos(u.Value));

    /// <summary>(cos u)' = −sin u·u'.</summary>
    public static Dual Cos(Dual u) => Chain(u, Math.Cos(u.Value), -Math.Sin(u.Value));

    /// <summary>(tan u)' = u'/cos²u.</summary>
    public static Dual Tan(Dual u)
    {
        var cos = Math.Cos(u.Value);
        return Chain(u, Math.Tan(u.Value), 1 / (cos * cos));
    }

    /// <summary>"a + bε" in invariant culture.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Value} {(Derivative < 0 ? "-" : "+")} {Math.Abs(Derivative)}ε");

    /// <summary>The chain rule: g(u) = g(a) + g'(a)·bε; when b = 0 the derivative is 0 even where g'(a) is infinite (√x at 0).</summary>
    private static Dual Chain(Dual u, double value, double outerDerivative) =>
        new(value, u.Derivative == 0 ? 0 : outerDerivative * u.Derivative);
}
