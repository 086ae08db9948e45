namespace Calculus.Taylor;

/// <summary>The textbook Maclaurin series, written from their coefficient formulas, for checking a Taylor polynomial built from derivatives.</summary>
/// <remarks>Each method gives the polynomial of order n, the series cut off after xⁿ. The series of eˣ, sin x and cos x
/// converge for every x; those of ln(1 + x) and 1/(1 − x) only for |x| &lt; 1, their radius of convergence.</remarks>
public static class MaclaurinSeries
{
    /// <summary>eˣ = Σₖ xᵏ/k!: cₖ = 1/k!.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="order"/> is negative.</exception>
    public static TaylorPolynomial Exp(int order) => FromFormula(order, k => 1 / Factorial(k));

    /// <summary>sin x = x − x³/3! + x⁵/5! − …: c₂ⱼ₊₁ = (−1)ʲ/(2j + 1)!, even coefficients 0.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="order"/> is negative.</exception>
    public static TaylorPolynomial Sin(int order) =>
        FromFormula(order, k => k % 2 == 0 ? 0 : Sign((k - 1) / 2) / Factorial(k));

    /// <summary>cos x = 1 − x²/2! + x⁴/4! − …: c₂ⱼ = (−1)ʲ/(2j)!, odd coefficients 0.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="order"/> is negative.</exception>
    public static TaylorPolynomial Cos(int order) =>
        FromFormula(order, k => k % 2 == 1 ? 0 : Sign(k / 2) / Factorial(k));

    /// <summary>ln(1 + x) = x − x²/2 + x³/3 − …: c₀ = 0, cₖ = (−1)ᵏ⁺¹/k; converges for −1 &lt; x ≤ 1.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="order"/> is negative.</exception>
    public static TaylorPolynomial LogOnePlusX(int order) =>
        FromFormula(order, k => k == 0 ? 0 : Sign(k + 1) / k);

    /// <summary>1/(1 − x) = 1 + x + x² + …, the geometric series: cₖ = 1; converges for |x| &lt; 1.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="order"/> is negative.</exception>
    public static TaylorPolynomial Geometric(int order) => FromFormula(order, _ => 1);

    private static TaylorPolynomial FromFormula(int order, Func<int, double> coefficient)
    {
        Check.AtLeast(order, 0, nameof(order));
        return new TaylorPolynomial(0, Enumerable.Range(0, order + 1).Select(coefficient).ToArray());
    }

    /// <summary>(−1)ʲ.</summary>
    private static double Sign(int j) => j % 2 == 0 ? 1 : -1;

    /// <summary>k! as a double (infinite beyond 170!, where 1/k! is 0 anyway).</summary>
    private static double Factorial(int k)
    {
        var factorial = 1.0;
        for (var i = 2; i <= k; i++)
        {
            factorial *= i;
        }

        return factorial;
    }
}
