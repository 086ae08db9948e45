using Calculus.Symbolic;

namespace Calculus.Tests.Symbolic;

/// <summary>
/// Simplify on a few hundred expressions drawn at random (with a fixed seed) from a small grammar: it must be
/// idempotent and must not change an expression's value wherever both forms have one.
/// </summary>
public sealed class RandomExpressionTests
{
    /// <summary>
    /// Simplifying reorders and regroups double operations, so the two forms round differently: each operation by up to
    /// 1.1e-16 relative, amplified by at most <see cref="MaxAmplification"/> at the points compared, about 1e-11 in
    /// all. 1e-9 relative leaves a margin of a hundred above that.
    /// </summary>
    private const double RelativeTolerance = 1e-9;

    /// <summary>
    /// Points where rounding errors may be amplified more than this (a sum that nearly cancels, sin near a multiple of
    /// π, sqrt of a rounding error) are skipped: there the two forms may rightly differ by more than the tolerance.
    /// </summary>
    private const double MaxAmplification = 1e5;

    private const int Seed = 20250611;

    private const int ExpressionCount = 400;

    /// <summary>Nesting depth of the generated trees: up to about 30 nodes each, so the test stays fast.</summary>
    private const int MaxDepth = 4;

    /// <summary>Points with both signs, so that rules about signs (x − 1 against 1 − x) are tried on both sides; not
    /// round numbers, so that sums like y + 3/2 − x do not cancel exactly.</summary>
    private static readonly (double X, double Y)[] Points = { (0.73, 1.29), (1.91, 0.42), (2.57, -1.69), (-0.82, 0.56) };

    [Fact]
    public void Simplify_RandomExpressions_IsIdempotentAndKeepsTheValue()
    {
        var generator = new Generator(new Random(Seed));
        var compared = 0;
        for (var i = 0; i < ExpressionCount; i++)
        {
            var expression = generator.Next(MaxDepth);
            Expr simplified;
            try
            {
                simplified = expression.Simplify();
            }
            catch (DivideByZeroException)
            {
                continue; // 1/(x − x): a denominator that is 0 everywhere, rightly refused.
            }

            Assert.True(simplified == simplified.Simplify(), $"Not idempotent: {expression} → {simplified} → {simplified.Simplify()}");
            foreach (var (x, y) in Points)
            {
                var values = new Dictionary<string, double> { ["x"] = x, ["y"] = y };
                var (before, beforeAmplification) = EvaluateWithAmplification(expression, values);
                var (after, afterAmplification) = EvaluateWithAmplification(simplified, values);
                if (!double.IsFinite(before) || !double.IsFinite(after))
                {
                    continue; // outside the domain of one form (ln of a negative number, x/x at 0) or overflow
                }

                if (!(Math.Max(beforeAmplification, afterAmplification) <= MaxAmplification))
                {
                    continue; // ill-conditioned here: rounding alone may separate the two forms
                }

                Assert.Equal(before, expression.Evaluate(values)); // the helper computes what Evaluate computes
                compared++;
                Assert.True(
                    Math.Abs(before - after) <= RelativeTolerance * Math.Max(Math.Abs(before), Math.Abs(after)),
                    $"{expression} = {before} but {simplified} = {after} at x = {x}, y = {y}.");
            }
        }

        // Most expressions must have been compared somewhere, or the test proves little.
        Assert.True(compared > ExpressionCount, $"Only {compared} values were compared.");
    }

    [Fact]
    public void Generator_SameSeed_GivesTheSameExpressions()
    {
        var first = new Generator(new Random(Seed));
        var second = new Generator(new Random(Seed));

        for (var i = 0; i < 20; i++)
        {
            Assert.Equal(first.Next(MaxDepth), second.Next(MaxDepth));
        }
    }

    /// <summary>
    /// The value of the expression, and a first-order bound on how many times the rounding error of one double
    /// operation (1.1e-16 relative) can be amplified in computing it: each operation adds its own rounding (1) to its
    /// inputs' errors, each multiplied by how sensitive the operation is to that input, its condition number. For a
    /// sum that is Σ|tᵢ|/|Σtᵢ|, large when the terms cancel; for f(u) it is |u·f'(u)/f(u)|, large for sin(u) near π.
    /// </summary>
    private static (double Value, double Amplification) EvaluateWithAmplification(
        Expr expression, IReadOnlyDictionary<string, double> values)
    {
        switch (expression)
        {
            case Number number:
                return (number.Value, 0);
            case NamedConstant constant:
                return (constant.Value, 1);
            case Symbol symbol:
                return (values[symbol.Name], 0);
            case Sum sum:
                var terms = sum.Terms.Select(term => EvaluateWithAmplification(term, values)).ToList();
                var total = 0.0;
                foreach (var term in terms)
                {
                    total += term.Value;
                }

                return (total, 1 + terms.Sum(term => Math.Abs(term.Value) * term.Amplification) / Math.Abs(total));
            case Product product:
                var factors = product.Factors.Select(factor => EvaluateWithAmplification(factor, values)).ToList();
                var result = 1.0;
                foreach (var factor in factors)
                {
                    result *= factor.Value;
                }

                return (result, factors.Count - 1 + factors.Sum(factor => factor.Amplification));
            case Power power:
                var (b, baseAmplification) = EvaluateWithAmplification(power.Base, values);
                var (p, exponentAmplification) = EvaluateWithAmplification(power.Exponent, values);
                return (Math.Pow(b, p), 1 + Math.Abs(p) * baseAmplification + Math.Abs(p * Math.Log(Math.Abs(b))) * exponentAmplification);
            case FunctionCall call:
                var (u, amplification) = EvaluateWithAmplification(call.Argument, values);
                var (value, condition) = call.Function switch
                {
                    ElementaryFunction.Exp => (Math.Exp(u), Math.Abs(u)),
                    ElementaryFunction.Log => (Math.Log(u), 1 / Math.Abs(Math.Log(u))),
                    ElementaryFunction.Sin => (Math.Sin(u), Math.Abs(u * Math.Cos(u) / Math.Sin(u))),
                    ElementaryFunction.Cos => (Math.Cos(u), Math.Abs(u * Math.Sin(u) / Math.Cos(u))),
                    ElementaryFunction.Tan => (Math.Tan(u), Math.Abs(u / (Math.Sin(u) * Math.Cos(u)))),
                    _ => (Math.Sqrt(u), 0.5),
                };
                return (value, 1 + condition * amplification);
            default:
                throw new NotSupportedException(expression.GetType().Name);
        }
    }

    /// <summary>
    /// Expressions in x and y from the grammar
    /// <code>
    /// e = a | e + e | e − e | e·e | e / e | −e | e^n | e^a | √e | exp(e) | ln(e) | sin(e) | cos(e) | tan(e)
    /// a = x | y | small number | pi
    /// n = 2 | 3 | −1 | −2 | 1/2 | −1/2 | 3/2
    /// </code>
    /// built with the operators, as written (unsimplified).
    /// </summary>
    private sealed class Generator(Random random)
    {
        private static readonly double[] Numbers = { 1, 2, 3, -1, -2, 0.5, 1.5 };

        private static readonly double[] Exponents = { 2, 3, -1, -2, 0.5, -0.5, 1.5 };

        private static readonly Expr X = Expr.Variable("x");

        private static readonly Expr Y = Expr.Variable("y");

        public Expr Next(int depth)
        {
            if (depth == 0 || random.NextDouble() < 0.25)
            {
                return Leaf();
            }

            return random.Next(14) switch
            {
                0 or 1 => Next(depth - 1) + Next(depth - 1),
                2 or 3 => Next(depth - 1) - Next(depth - 1),
                4 or 5 => Next(depth - 1) * Next(depth - 1),
                6 or 7 => Next(depth - 1) / Next(depth - 1),
                8 => -Next(depth - 1),
                9 => Expr.Pow(Next(depth - 1), Exponents[random.Next(Exponents.Length)]),
                10 => Expr.Pow(Next(depth - 1), Leaf()),
                11 => Expr.Sqrt(Next(depth - 1)),
                12 => Expr.Exp(Next(depth - 1)),
                _ => random.Next(4) switch
                {
                    0 => Expr.Log(Next(depth - 1)),
                    1 => Expr.Sin(Next(depth - 1)),
                    2 => Expr.Cos(Next(depth - 1)),
                    _ => Expr.Tan(Next(depth - 1)),
                },
            };
        }

        private Expr Leaf() => random.Next(10) switch
        {
            < 4 => X,
            < 7 => Y,
            < 9 => Expr.Constant(Numbers[random.Next(Numbers.Length)]),
            _ => Expr.Pi,
        };
    }
}
