namespace Calculus.Symbolic;

/// <summary>
/// Rewrites an expression the way a textbook would write it. It works from the leaves up: each node's children are
/// simplified first, then the node itself by the rules of <see cref="MakeSum"/>, <see cref="MakeProduct"/>,
/// <see cref="MakePower"/> and <see cref="MakeFunction"/>. The Make methods expect simplified arguments and give a
/// simplified result.
/// </summary>
internal static class Simplifier
{
    /// <summary>The simplified form of <paramref name="expression"/>.</summary>
    public static Expr Simplify(Expr expression)
    {
        switch (expression)
        {
            case Sum sum:
                return MakeSum(sum.Terms.Select(Simplify));
            case Product product:
                return SimplifyProduct(product);
            case Power power:
                return SimplifyPower(power, power);
            case FunctionCall call:
                return MakeFunction(call.Function, Simplify(call.Argument));
            default:
                return expression; // numbers, constants and variables are already as simple as they get
        }
    }

    /// <summary>
    /// Sum rules: numbers are added up (2 + 3 → 5), like terms collected (x + 3x → 4x, a term with coefficient 0
    /// dropped), the constant put first and the other terms in the order of <see cref="ExprOrder.CompareTerms"/>.
    /// </summary>
    public static Expr MakeSum(IEnumerable<Expr> terms)
    {
        var constant = 0.0;
        var coefficients = new Dictionary<Expr, double>();
        var firstSeen = new List<Expr>();
        foreach (var term in SpreadOut<Sum>(terms, sum => sum.Terms))
        {
            if (term is Number number)
            {
                constant += number.Value;
                continue;
            }

            // Like terms: 3x and −x have the same "rest" x; their coefficients add.
            var (coefficient, rest) = SplitCoefficient(term);
            if (coefficients.TryGetValue(rest, out var sofar))
            {
                coefficients[rest] = sofar + coefficient;
            }
            else
            {
                coefficients[rest] = coefficient;
                firstSeen.Add(rest);
            }
        }

        var result = firstSeen
            .Where(rest => Tidy(coefficients[rest]) != 0)
            .OrderBy(rest => rest, Comparer<Expr>.Create(ExprOrder.CompareTerms))
            .Select(rest => WithCoefficient(Tidy(coefficients[rest]), rest))
            .ToList();
        constant = Tidy(constant);
        if (constant != 0)
        {
            result.Insert(0, new Number(constant));
        }

        // Let a positive term lead, as one writes x − 2 rather than −2 + x.
        if (result.Count > 1 && IsNegative(result[0]))
        {
            var firstPositive = result.FindIndex(term => !IsNegative(term));
            if (firstPositive > 0)
            {
                var leader = result[firstPositive];
                result.RemoveAt(firstPositive);
                result.Insert(0, leader);
            }
        }

        return result.Count switch
        {
            0 => Number.Zero,
            1 => result[0],
            _ => new Sum(result),
        };
    }

    /// <summary>
    /// Product rules: numbers are multiplied into one coefficient (2·3x → 6x), a 0 makes the product 0, a
    /// coefficient 1 disappears, like factors are collected by adding exponents (x·x → x², x²/x → x, and with √u taken
    /// as u^(1/2): x·√x → x^(3/2), x/√x → √x), exp factors are merged by adding their arguments
    /// (eˣ·eˣ → e^(2x), eˣ·e⁻ˣ → 1), the factors are put in the order of <see cref="ExprOrder.CompareFactors"/>, and a
    /// number times a single sum is spread over it (2(x + 1) → 2x + 2). A sum among factors, raised to a whole power, is
    /// written with its leading term (<see cref="ExprOrder.LeadingTerm"/>) positive, the minus sign going into the
    /// coefficient, so that opposite sums are like factors: x(1 − x) → −x(x − 1), (x − 1)/(1 − x) → −1. A sum among
    /// other factors also gives up its numeric content: x(2 + 2y) → 2x(1 + y), x(1/2 + y/2) → x(1 + y)/2.
    /// </summary>
    /// <param name="factors">The simplified factors.</param>
    /// <param name="divisor">A number to divide the coefficient by (so that 2/3 is computed as one division).</param>
    public static Expr MakeProduct(IEnumerable<Expr> factors, double divisor = 1)
    {
        var coefficient = 1.0;
        var exponents = new Dictionary<Expr, List<Expr>>();
        var firstSeen = new List<Expr>();
        var expArguments = new List<Expr>();
        foreach (var factor in SpreadOut<Product>(factors, product => product.Factors))
        {
            if (factor is Number number)
            {
                coefficient *= number.Value;
                continue;
            }

            // eᵘ·eᵛ = e^(u + v): the arguments of exp factors add.
            if (factor is FunctionCall { Function: ElementaryFunction.Exp } exp)
            {
                expArguments.Add(exp.Argument);
                continue;
            }

            // Like factors: x, x², x⁻¹ and √x share the base x; their exponents add.
            var (@base, exponent) = SplitPower(factor);
            if (@base is Sum sumBase && HasNegativeLead(sumBase) && exponent is Number n && double.IsInteger(n.Value))
            {
                // 1 − x is taken as −(x − 1), so that it meets x − 1: (−s)ⁿ = (−1)ⁿ·sⁿ.
                @base = Negate(sumBase);
                coefficient = Math.Abs(n.Value % 2) == 1 ? -coefficient : coefficient;
            }

            if (!exponents.TryGetValue(@base, out var list))
            {
                list = new List<Expr>();
                exponents[@base] = list;
                firstSeen.Add(@base);
            }

            list.Add(exponent);
        }

        coefficient = Tidy(coefficient / divisor);
        if (coefficient == 0)
        {
            return Number.Zero;
        }

        var result = new List<Expr>();
        var needsAnotherPass = false;
        if (expArguments.Count > 0)
        {
            var merged = MakeFunction(ElementaryFunction.Exp, MakeSum(expArguments));
            if (merged is Number one)
            {
                coefficient *= one.Value; // eˣ·e⁻ˣ = e⁰ = 1
            }
            else
            {
                result.Add(merged);
            }
        }

        foreach (var @base in firstSeen)
        {
            var combined = MakePower(@base, MakeSum(exponents[@base]));
            switch (combined)
            {
                case Number number:
                    coefficient *= number.Value; // x⁰ = 1, or 2^(1/2)·2^(1/2) = 2
                    break;
                case Product product:
                    // (xy)^(1/2)·(xy)^(1/2) = xy: its factors may combine with others, so go round again.
                    result.AddRange(product.Factors);
                    needsAnotherPass = true;
                    break;
                default:
                    result.Add(combined);

                    // ((1/x)^y)^(−y)... can come out with a new base, x, that another group may share.
                    needsAnotherPass |= SplitPower(combined).Base != @base;
                    break;
            }
        }

        if (needsAnotherPass)
        {
            return MakeProduct(result.Prepend(new Number(coefficient)));
        }

        coefficient = Tidy(coefficient);
        if (result.Count > 1 && PullContentOutOfSums(result, ref coefficient))
        {
            // x·(2 + 2x) became 2·x·(1 + x); go round again in case (1 + x) now meets another (1 + x).
            return MakeProduct(result.Prepend(new Number(coefficient)));
        }

        result.Sort(ExprOrder.CompareFactors);
        if (result.Count == 0)
        {
            return new Number(coefficient);
        }

        if (coefficient == 1)
        {
            return result.Count == 1 ? result[0] : new Product(result);
        }

        if (result.Count == 1 && result[0] is Sum sum)
        {
            return MakeSum(sum.Terms.Select(term => MakeProduct(new[] { new Number(coefficient), term })));
        }

        return new Product(result.Prepend(new Number(coefficient)));
    }

    /// <summary>
    /// Power rules: x⁰ = 1, x¹ = x, 0ⁿ = 0 for n &gt; 0, 1ⁿ = 1, numbers folded (2³ → 8, 3⁻¹ → 1/3, 4^(1/2) → 2),
    /// e^u → exp(u), (eᵘ)ᵛ = e^(uv), (√u)ⁿ = u^(n/2) for a number n, u^(1/2) → √u and u^(−1/2) → 1/√u, and for a whole
    /// number n: (xᵃ)ⁿ = x^(an), (xy)ⁿ = xⁿyⁿ, (1 − x)ⁿ = (−1)ⁿ(x − 1)ⁿ, (2 + 2x)ⁿ = 2ⁿ(1 + x)ⁿ.
    /// </summary>
    /// <exception cref="DivideByZeroException">The base is 0 and the exponent negative.</exception>
    public static Expr MakePower(Expr @base, Expr exponent)
    {
        if (exponent is Number { Value: 0 })
        {
            return Number.One;
        }

        if (exponent is Number { Value: 1 })
        {
            return @base;
        }

        if (@base is Number { Value: 0 })
        {
            return exponent switch
            {
                Number { Value: > 0 } => Number.Zero,
                Number { Value: < 0 } => throw new DivideByZeroException(
                    $"Division by zero: 0 is raised to the negative power {exponent}."),
                _ => new Power(@base, exponent),
            };
        }

        if (@base is Number { Value: 1 })
        {
            return Number.One;
        }

        if (@base is Number b && exponent is Number n && TryFoldPower(b.Value, n.Value, out var folded))
        {
            return new Number(Tidy(folded));
        }

        if (@base == Expr.E)
        {
            return MakeFunction(ElementaryFunction.Exp, exponent);
        }

        if (@base is FunctionCall { Function: ElementaryFunction.Exp } exp)
        {
            // (eᵘ)ᵛ = e^(uv): (eˣ)² is e^(2x), never (eˣ)².
            return MakeFunction(ElementaryFunction.Exp, MakeProduct(new[] { exponent, exp.Argument }));
        }

        if (@base is FunctionCall { Function: ElementaryFunction.Sqrt } root && exponent is Number rootExponent)
        {
            // (√u)³ = u^(3/2), (√u)² = u, (√u)⁻¹ = u^(−1/2), which is written 1/√u again below.
            return MakePower(root.Argument, new Number(rootExponent.Value / 2));
        }

        if (exponent is Number whole && double.IsInteger(whole.Value))
        {
            switch (@base)
            {
                case Power inner:
                    return MakePower(inner.Base, MakeProduct(new[] { inner.Exponent, whole }));
                case Product product:
                    return MakeProduct(product.Factors.Select(factor => MakePower(factor, whole)));
                case Sum sum when HasNegativeLead(sum):
                    // The leading term positive, as among factors: (1 − x)² = (x − 1)², (1 − x)⁻¹ = −(x − 1)⁻¹.
                    return MakeProduct(new[] { new Number(Math.Pow(-1, whole.Value)), MakePower(Negate(sum), whole) });
                case Sum sum when Content(sum) is var content && content != 1:
                    // (2 + 2x)⁻¹ = 2⁻¹·(1 + x)⁻¹, so that it equals 1/(2(1 + x)) however it was written.
                    return MakeProduct(new[] { MakePower(new Number(content), whole), MakePower(DivideTerms(sum, content), whole) });
            }
        }

        // u^(1/2) is written √u and u^(−1/2) is written 1/√u, as a textbook does; other fractions stay powers: x^(3/2).
        if (exponent is Number { Value: 0.5 })
        {
            return new FunctionCall(ElementaryFunction.Sqrt, @base);
        }

        if (exponent is Number { Value: -0.5 })
        {
            var squareRoot = MakePower(@base, new Number(0.5));
            return squareRoot is Number ? MakePower(squareRoot, Number.MinusOne) : new Power(squareRoot, Number.MinusOne);
        }

        return new Power(@base, exponent);
    }

    /// <summary>
    /// Function rules, only the exact values: exp(0) = 1, ln(1) = 0, ln(e) = 1, ln(exp(u)) = u, sin(0) = 0, cos(0) = 1,
    /// tan(0) = 0; and √u is u^(1/2), simplified by the rules of <see cref="MakePower"/> (√9 = 3, √(eᵘ) = e^(u/2),
    /// √(√u) = u^(1/4)), so that a square root comes out the same alone as among factors.
    /// </summary>
    public static Expr MakeFunction(ElementaryFunction function, Expr argument)
    {
        var isZero = argument is Number { Value: 0 };
        switch (function)
        {
            case ElementaryFunction.Exp when isZero:
                return Number.One;
            case ElementaryFunction.Log when argument is Number { Value: 1 }:
                return Number.Zero;
            case ElementaryFunction.Log when argument == Expr.E:
                return Number.One;
            case ElementaryFunction.Log when argument is FunctionCall { Function: ElementaryFunction.Exp } exp:
                return exp.Argument;
            case ElementaryFunction.Sin when isZero:
            case ElementaryFunction.Tan when isZero:
                return Number.Zero;
            case ElementaryFunction.Cos when isZero:
                return Number.One;
            case ElementaryFunction.Sqrt:
                return MakePower(argument, new Number(0.5));
            default:
                return new FunctionCall(function, argument);
        }
    }

    /// <summary>
    /// A factor as base and exponent, for collecting like factors: x² is (x, 2), sin(x) is (sin(x), 1), and a square
    /// root counts as a power one half: √u is (u, 1/2) and (√u)⁻¹ is (u, −1/2).
    /// </summary>
    private static (Expr Base, Expr Exponent) SplitPower(Expr factor) => factor switch
    {
        FunctionCall { Function: ElementaryFunction.Sqrt } root => (root.Argument, new Number(0.5)),
        Power { Base: FunctionCall { Function: ElementaryFunction.Sqrt } root, Exponent: Number n } =>
            (root.Argument, new Number(n.Value / 2)),
        _ => ExprOrder.SplitPower(factor),
    };

    /// <summary>True for a term written with a leading minus: −2, −3x.</summary>
    public static bool IsNegative(Expr term) =>
        term is Number { Value: < 0 } || term is Product { Factors: [Number { Value: < 0 }, ..] };

    /// <summary>
    /// Replaces each sum among several factors by its content times the rest, 2 + 2x by 2·(1 + x), multiplying the
    /// content into the coefficient. True when something changed.
    /// </summary>
    private static bool PullContentOutOfSums(List<Expr> factors, ref double coefficient)
    {
        var changed = false;
        for (var i = 0; i < factors.Count; i++)
        {
            if (factors[i] is Sum sum && Content(sum) is var content && content != 1)
            {
                coefficient *= content;
                factors[i] = DivideTerms(sum, content);
                changed = true;
            }
        }

        return changed;
    }

    /// <summary>
    /// True when a sum is written with the opposite sign among factors: its leading term, the one of highest degree
    /// (<see cref="ExprOrder.LeadingTerm"/>), has a minus sign, as in 1 − x, y − x² and −1 − x.
    /// </summary>
    private static bool HasNegativeLead(Sum sum) => IsNegative(ExprOrder.LeadingTerm(sum));

    /// <summary>−s, term by term: 1 − x becomes x − 1.</summary>
    private static Expr Negate(Sum sum) => MakeSum(sum.Terms.Select(term => MakeProduct(new[] { Number.MinusOne, term })));

    /// <summary>
    /// The positive number that divides every coefficient of a sum and leaves them whole numbers with no common factor:
    /// 2 for 2 + 2x, 3 for 6x − 3y, 1/2 for 1/2 + x/2. It is 1 when there is none, or when a coefficient is neither a
    /// whole number nor a simple fraction.
    /// </summary>
    private static double Content(Sum sum)
    {
        long numerators = 0;
        long denominators = 1;
        foreach (var term in sum.Terms)
        {
            var coefficient = term is Number number ? number.Value : SplitCoefficient(term).Coefficient;
            if (!TryRational(coefficient, out var p, out var q))
            {
                return 1;
            }

            numerators = GreatestCommonDivisor(numerators, Math.Abs(p));
            denominators = denominators / GreatestCommonDivisor(denominators, q) * q;
            if (denominators > 1_000_000)
            {
                return 1;
            }
        }

        return (double)numerators / denominators;
    }

    /// <summary>c as p/q: whole numbers (q = 1) or the simple fractions <see cref="NumberFormat"/> writes as fractions.</summary>
    private static bool TryRational(double c, out long p, out long q)
    {
        if (double.IsInteger(c) && Math.Abs(c) < 1e15)
        {
            (p, q) = ((long)c, 1);
            return true;
        }

        return NumberFormat.TryFraction(c, out p, out q);
    }

    private static long GreatestCommonDivisor(long a, long b) => b == 0 ? a : GreatestCommonDivisor(b, a % b);

    /// <summary>Each term of the sum divided by <paramref name="divisor"/>.</summary>
    private static Expr DivideTerms(Sum sum, double divisor) =>
        MakeSum(sum.Terms.Select(term => MakeProduct(new[] { term }, divisor)));

    /// <summary>A product whose denominators are checked for zero before anything else, so the error names the quotient.</summary>
    private static Expr SimplifyProduct(Product product)
    {
        var factors = new List<Expr>();
        var divisor = 1.0;
        foreach (var factor in product.Factors)
        {
            if (factor is not Power power)
            {
                factors.Add(Simplify(factor));
                continue;
            }

            var @base = Simplify(power.Base);
            var exponent = Simplify(power.Exponent);
            CheckDenominator(@base, exponent, power.Base, product);
            if (@base is Number number && exponent is Number { Value: < 0 and > -64 } n && double.IsInteger(n.Value)
                && double.IsNormal(divisor * Math.Pow(number.Value, -n.Value)))
            {
                // x/3 or 2/3: divide once at the end, so that 2/3 is exactly the double nearest to two thirds.
                divisor *= Math.Pow(number.Value, -n.Value);
                continue;
            }

            factors.Add(MakePower(@base, exponent));
        }

        return MakeProduct(factors, divisor);
    }

    private static Expr SimplifyPower(Power power, Expr context)
    {
        var @base = Simplify(power.Base);
        var exponent = Simplify(power.Exponent);
        CheckDenominator(@base, exponent, power.Base, context);
        return MakePower(@base, exponent);
    }

    private static void CheckDenominator(Expr simplifiedBase, Expr simplifiedExponent, Expr originalBase, Expr context)
    {
        if (simplifiedBase is Number { Value: 0 } && simplifiedExponent is Number { Value: < 0 })
        {
            throw new DivideByZeroException(
                $"Division by zero in {context}: the denominator {originalBase} simplifies to 0.");
        }
    }

    /// <summary>
    /// Rounding error removed from a number the simplifier computed: a value within a few units in the last place of a
    /// whole number or of a simple fraction p/q (q ≤ 100) becomes exactly that, so 1/3 − 1 is −2/3 (and prints so)
    /// rather than −0.6666666666666667, and 3·0.1 is 0.3.
    /// </summary>
    private static double Tidy(double value)
    {
        // 1e-15 relative is about 4.5 units in the last place of a double (whose spacing is 2.2e-16 relative).
        const double RoundingTolerance = 1e-15;
        for (long q = 1; q <= NumberFormat.LargestDenominator; q++)
        {
            var p = Math.Round(value * q);
            var fraction = p / q;
            if (Math.Abs(p) < 1e15 && Math.Abs(value - fraction) <= RoundingTolerance * Math.Abs(value))
            {
                return fraction;
            }
        }

        return value;
    }

    /// <summary>bⁿ as a number when that is exact enough to print: n a whole number, or the result a whole number.</summary>
    private static bool TryFoldPower(double b, double n, out double result)
    {
        if (double.IsInteger(n) && Math.Abs(n) <= 64)
        {
            var magnitude = 1.0;
            for (var i = 0; i < Math.Abs(n); i++)
            {
                magnitude *= b;
            }

            result = n < 0 ? 1 / magnitude : magnitude;
        }
        else
        {
            result = Math.Pow(b, n);
            if (!double.IsInteger(result))
            {
                return false;
            }
        }

        return double.IsFinite(result) && result != 0;
    }

    /// <summary>The numeric coefficient of a term and the rest: 3x² is (3, x²), x is (1, x).</summary>
    private static (double Coefficient, Expr Remainder) SplitCoefficient(Expr term)
    {
        if (term is Product { Factors: [Number coefficient, ..] } product)
        {
            var rest = product.Factors.Skip(1).ToList();
            return (coefficient.Value, rest.Count == 1 ? rest[0] : new Product(rest));
        }

        return (1, term);
    }

    /// <summary>c · rest, with rest already simplified and not a number: 1·x is x, 3·(x·y) is 3xy.</summary>
    private static Expr WithCoefficient(double coefficient, Expr rest)
    {
        if (coefficient == 1)
        {
            return rest;
        }

        var factors = rest is Product product ? product.Factors : new[] { rest };
        return new Product(factors.Prepend(new Number(coefficient)));
    }

    /// <summary>The items, with the children of any <typeparamref name="T"/> among them in its place.</summary>
    private static IEnumerable<Expr> SpreadOut<T>(IEnumerable<Expr> items, Func<T, IEnumerable<Expr>> children)
        where T : Expr
    {
        foreach (var item in items)
        {
            if (item is T nested)
            {
                foreach (var child in children(nested))
                {
                    yield return child;
                }
            }
            else
            {
                yield return item;
            }
        }
    }
}
