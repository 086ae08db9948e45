namespace Calculus.Symbolic;

/// <summary>
/// The fixed order the simplifier puts terms and factors in, so that equal expressions come out equal:
/// <list type="bullet">
/// <item>Factors: the number first, then π and e, variables alphabetically, sums in brackets, functions
/// (√, ln, sin, cos, tan, exp), so 3x²·sin(x) and not sin(x)·x²·3.</item>
/// <item>Terms: the constant first, then by rising degree, with terms holding functions after the polynomial ones:
/// 1 + x + x², 2x·sin(x) + x²·cos(x), x + sin(x). (The simplifier then lets a positive term lead, so x − 2 and not −2 + x.)</item>
/// <item>The leading term of a sum, whose sign a sum among factors takes: the one of highest degree (see
/// <see cref="LeadingTerm"/>).</item>
/// </list>
/// </summary>
internal static class ExprOrder
{
    /// <summary>Orders two factors of a product (neither of them a number).</summary>
    public static int CompareFactors(Expr a, Expr b)
    {
        var (baseA, exponentA) = SplitPower(a);
        var (baseB, exponentB) = SplitPower(b);
        var byBase = Compare(baseA, baseB);
        return byBase != 0 ? byBase : Compare(exponentA, exponentB);
    }

    /// <summary>Orders two terms of a sum (neither of them a number, both without their numeric coefficient).</summary>
    public static int CompareTerms(Expr a, Expr b)
    {
        var (functionsA, degreeA) = Weight(a);
        var (functionsB, degreeB) = Weight(b);
        if (functionsA != functionsB)
        {
            return functionsA.CompareTo(functionsB);
        }

        if (degreeA != degreeB)
        {
            return degreeA.CompareTo(degreeB);
        }

        // Same weight: compare factor by factor, higher powers first (x² + xy + y², not y² + xy + x²).
        var factorsA = FactorsOf(a);
        var factorsB = FactorsOf(b);
        for (var i = 0; i < Math.Min(factorsA.Count, factorsB.Count); i++)
        {
            var (baseA, exponentA) = SplitPower(factorsA[i]);
            var (baseB, exponentB) = SplitPower(factorsB[i]);
            var byBase = Compare(baseA, baseB);
            if (byBase != 0)
            {
                return byBase;
            }

            var byExponent = Compare(exponentB, exponentA);
            if (byExponent != 0)
            {
                return byExponent;
            }
        }

        return factorsA.Count.CompareTo(factorsB.Count);
    }

    /// <summary>
    /// The term of highest polynomial degree, the first such in the order of terms (a constant counts as degree 0 and
    /// comes first): x in x − 1, −x in 1 − x, −x² in y − x², x in x − y, 1 in 1 − cos(x).
    /// </summary>
    public static Expr LeadingTerm(Sum sum)
    {
        var leading = sum.Terms[0];
        foreach (var term in sum.Terms.Skip(1))
        {
            var byDegree = Weight(term).Degree.CompareTo(Weight(leading).Degree);
            if (byDegree > 0 || (byDegree == 0 && CompareTermsWithConstantFirst(term, leading) < 0))
            {
                leading = term;
            }
        }

        return leading;
    }

    /// <summary>A total order on expressions: first by kind, then by content.</summary>
    public static int Compare(Expr a, Expr b)
    {
        var byKind = KindRank(a).CompareTo(KindRank(b));
        if (byKind != 0)
        {
            return byKind;
        }

        switch (a, b)
        {
            case (Number x, Number y):
                return x.Value.CompareTo(y.Value);
            case (NamedConstant x, NamedConstant y):
                return string.CompareOrdinal(x.Name, y.Name);
            case (Symbol x, Symbol y):
                return string.CompareOrdinal(x.Name, y.Name);
            case (FunctionCall x, FunctionCall y):
                var byFunction = FunctionRank(x.Function).CompareTo(FunctionRank(y.Function));
                return byFunction != 0 ? byFunction : Compare(x.Argument, y.Argument);
            case (Power x, Power y):
                var byBase = Compare(x.Base, y.Base);
                return byBase != 0 ? byBase : Compare(x.Exponent, y.Exponent);
            case (Sum x, Sum y):
                return CompareLists(x.Terms, y.Terms);
            case (Product x, Product y):
                return CompareLists(x.Factors, y.Factors);
            default:
                throw new NotSupportedException($"Unknown kind of expression: {a.GetType().Name}.");
        }
    }

    /// <summary>A factor as base and exponent: x² is (x, 2), sin(x) is (sin(x), 1).</summary>
    public static (Expr Base, Expr Exponent) SplitPower(Expr factor) =>
        factor is Power power ? (power.Base, power.Exponent) : (factor, Number.One);

    /// <summary>
    /// How "heavy" a term is: the number of function factors (sin, exp, x^y...) and the polynomial degree.
    /// x²·sin(x) is (1, 2); 3x is (0, 1); 1/x is (0, −1).
    /// </summary>
    private static (int Functions, double Degree) Weight(Expr expression)
    {
        switch (expression)
        {
            case Symbol:
                return (0, 1);
            case FunctionCall:
                return (1, 0);
            case Power { Exponent: Number n } power:
                var (functions, degree) = Weight(power.Base);
                return (functions, degree * n.Value);
            case Power power:
                return (Weight(power.Base).Functions + 1, 0);
            case Product product:
                var total = (Functions: 0, Degree: 0.0);
                foreach (var factor in product.Factors)
                {
                    var weight = Weight(factor);
                    total = (total.Functions + weight.Functions, total.Degree + weight.Degree);
                }

                return total;
            case Sum sum:
                return sum.Terms.Select(Weight).Max();
            default:
                return (0, 0);
        }
    }

    /// <summary>The order of terms in a simplified sum, compared without their numeric coefficients; the constant first.</summary>
    private static int CompareTermsWithConstantFirst(Expr a, Expr b) => (a, b) switch
    {
        (Number, Number) => 0,
        (Number, _) => -1,
        (_, Number) => 1,
        _ => CompareTerms(WithoutCoefficient(a), WithoutCoefficient(b)),
    };

    /// <summary>A term without its numeric coefficient: x² for 3x², x·y for −x·y.</summary>
    private static Expr WithoutCoefficient(Expr term) => term switch
    {
        Product { Factors: [Number, var only] } => only,
        Product { Factors: [Number, ..] } product => new Product(product.Factors.Skip(1)),
        _ => term,
    };

    private static IReadOnlyList<Expr> FactorsOf(Expr term) =>
        term is Product product ? product.Factors : new[] { term };

    private static int KindRank(Expr expression) => expression switch
    {
        Number => 0,
        NamedConstant => 1,
        Symbol => 2,
        Sum => 3,
        FunctionCall => 4,
        Power => 5,
        Product => 6,
        _ => 7,
    };

    private static int FunctionRank(ElementaryFunction function) => function switch
    {
        ElementaryFunction.Sqrt => 0,
        ElementaryFunction.Log => 1,
        ElementaryFunction.Sin => 2,
        ElementaryFunction.Cos => 3,
        ElementaryFunction.Tan => 4,
        ElementaryFunction.Exp => 5,
        _ => 6,
    };

    private static int CompareLists(IReadOnlyList<Expr> a, IReadOnlyList<Expr> b)
    {
        for (var i = 0; i < Math.Min(a.Count, b.Count); i++)
        {
            var byItem = Compare(a[i], b[i]);
            if (byItem != 0)
            {
                return byItem;
            }
        }

        return a.Count.CompareTo(b.Count);
    }
}
