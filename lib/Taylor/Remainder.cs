namespace Calculus.Taylor;

/// <summary>Rₙ(x) = f(x) − Pₙ(x), the remainder of a Taylor polynomial: its actual value, and Lagrange's bound on it.</summary>
/// <remarks>
/// Taylor's theorem in Lagrange's form: when f has n + 1 derivatives between a and x,
/// Rₙ(x) = f⁽ⁿ⁺¹⁾(ξ)/(n + 1)! · (x − a)ⁿ⁺¹ for some ξ between a and x. Nobody tells us ξ, but a bound M on
/// |f⁽ⁿ⁺¹⁾| over the whole interval bounds the error: |Rₙ(x)| ≤ M·|x − a|ⁿ⁺¹/(n + 1)!.
/// </remarks>
public static class Remainder
{
    /// <summary>Rₙ(x) = f(x) − Pₙ(x), the actual error of the Taylor polynomial at x.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="f"/> or <paramref name="polynomial"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="x"/> is NaN or infinite.</exception>
    public static double Actual(Func<double, double> f, TaylorPolynomial polynomial, double x)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(polynomial);
        CheckFinite(x, nameof(x));
        return f(x) - polynomial.Evaluate(x);
    }

    /// <summary>|Rₙ(x)| ≤ M·|x − a|ⁿ⁺¹/(n + 1)!, Lagrange's bound, for M ≥ |f⁽ⁿ⁺¹⁾(ξ)| at every ξ between a and x.</summary>
    /// <param name="polynomial">Pₙ, about a.</param>
    /// <param name="x">The point where the error is bounded.</param>
    /// <param name="derivativeBound">M, a bound on |f⁽ⁿ⁺¹⁾| over the interval between a and x, worked out by the caller
    /// (1 for sin and cos anywhere; eˣ for eᵗ on [0, x]). The bound is only as good as M.</param>
    /// <exception cref="ArgumentNullException"><paramref name="polynomial"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="x"/> is NaN or infinite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="derivativeBound"/> is negative, NaN or infinite.</exception>
    public static double LagrangeBound(TaylorPolynomial polynomial, double x, double derivativeBound)
    {
        ArgumentNullException.ThrowIfNull(polynomial);
        CheckFinite(x, nameof(x));
        if (!(derivativeBound >= 0) || double.IsInfinity(derivativeBound))
        {
            throw new ArgumentOutOfRangeException(
                nameof(derivativeBound),
                derivativeBound,
                "M bounds the absolute value |f⁽ⁿ⁺¹⁾| of a derivative, so it must be a finite number ≥ 0.");
        }

        var n = polynomial.Order;
        var distance = Math.Abs(x - polynomial.Centre);
        var bound = derivativeBound;
        for (var k = 1; k <= n + 1; k++)
        {
            // Multiply by |x − a|/k each time: |x − a|ⁿ⁺¹/(n + 1)! without overflowing either part.
            bound *= distance / k;
        }

        return bound;
    }

    private static void CheckFinite(double x, string name)
    {
        if (!double.IsFinite(x))
        {
            throw new ArgumentException($"{name} is {Check.Describe(x)}; the remainder is measured at a finite point.", name);
        }
    }
}
