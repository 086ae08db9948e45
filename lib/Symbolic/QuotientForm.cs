namespace Calculus.Symbolic;

/// <summary>
/// A product laid out as a fraction for printing: a sign, the factors above the line and the factors below it.
/// Factors with negative exponents go below: 3·x·(1 + x)⁻² is 3x / (1 + x)², and a fractional coefficient is split,
/// so (1/2)·x⁻¹ is 1 / (2x).
/// </summary>
internal sealed class QuotientForm
{
    private QuotientForm(bool isNegative, IReadOnlyList<Expr> numerator, IReadOnlyList<Expr> denominator)
    {
        IsNegative = isNegative;
        Numerator = numerator;
        Denominator = denominator;
    }

    /// <summary>True when the whole is written with a leading minus.</summary>
    public bool IsNegative { get; }

    /// <summary>The factors above the line (empty for 1).</summary>
    public IReadOnlyList<Expr> Numerator { get; }

    /// <summary>The factors below the line, with positive exponents (empty when there is no line).</summary>
    public IReadOnlyList<Expr> Denominator { get; }

    /// <summary>The layout of the product of <paramref name="factors"/>; a leading number is the coefficient.</summary>
    public static QuotientForm Of(IReadOnlyList<Expr> factors)
    {
        var numerator = new List<Expr>();
        var denominator = new List<Expr>();
        var coefficient = 1.0;
        var rest = factors;
        if (factors[0] is Number number)
        {
            coefficient = number.Value;
            rest = factors.Skip(1).ToList();
        }

        var isNegative = coefficient < 0;
        coefficient = Math.Abs(coefficient);
        if (coefficient != 1)
        {
            if (NumberFormat.TryFraction(coefficient, out var p, out var q))
            {
                if (p != 1)
                {
                    numerator.Add(new Number(p));
                }

                denominator.Add(new Number(q));
            }
            else
            {
                numerator.Add(new Number(coefficient));
            }
        }

        foreach (var factor in rest)
        {
            if (factor is Power { Exponent: Number { Value: < 0 } exponent } power)
            {
                denominator.Add(exponent.Value == -1 ? power.Base : new Power(power.Base, new Number(-exponent.Value)));
            }
            else
            {
                numerator.Add(factor);
            }
        }

        return new QuotientForm(isNegative, numerator, denominator);
    }

    /// <summary>
    /// How tightly an expression holds together when printed: 1 for a sum, 2 for a product, a quotient or a negative
    /// number, 3 for a power, 4 for a number, a variable or a function call. A part is bracketed when it holds less
    /// tightly than its place needs.
    /// </summary>
    public static int Precedence(Expr expression) => expression switch
    {
        Sum => 1,
        Product => 2,
        Power { Exponent: Number { Value: < 0 } } => 2,
        Number number when number.Value < 0 || NumberFormat.TryFraction(number.Value, out _, out _) => 2,
        Power => 3,
        _ => 4,
    };
}
