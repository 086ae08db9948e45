using System.Text;

namespace Calculus.Symbolic;

/// <summary>Writes an expression as plain text that <see cref="Expr.Parse(string)"/> reads back: <c>x^2*sin(x) + 2*x</c>.</summary>
internal static class PlainTextWriter
{
    /// <summary>The expression as text.</summary>
    public static string Write(Expr expression) => expression switch
    {
        Number number => NumberFormat.Plain(number.Value),
        NamedConstant constant => constant.Name,
        Symbol symbol => symbol.Name,
        FunctionCall call => $"{ElementaryFunctions.Name(call.Function)}({Write(call.Argument)})",
        Sum sum => WriteSum(sum),
        Product product => WriteQuotient(QuotientForm.Of(product.Factors)),
        Power { Exponent: Number { Value: < 0 } } power => WriteQuotient(QuotientForm.Of(new[] { power })),
        Power power => $"{Wrap(power.Base, 4)}^{WriteExponent(power.Exponent)}",
        _ => throw new NotSupportedException($"Unknown kind of expression: {expression.GetType().Name}."),
    };

    private static string WriteSum(Sum sum)
    {
        var text = new StringBuilder(Write(sum.Terms[0]));
        foreach (var term in sum.Terms.Skip(1))
        {
            if (Simplifier.IsNegative(term))
            {
                text.Append(" - ").Append(Wrap(-term, 2));
            }
            else
            {
                text.Append(" + ").Append(Write(term));
            }
        }

        return text.ToString();
    }

    private static string WriteQuotient(QuotientForm form)
    {
        var numerator = form.Numerator.Count == 0 ? "1" : WriteFactors(form.Numerator);
        var text = form.Denominator.Count switch
        {
            0 => numerator,
            1 => $"{numerator}/{Wrap(form.Denominator[0], 3)}",
            _ => $"{numerator}/({WriteFactors(form.Denominator)})",
        };
        return form.IsNegative ? "-" + text : text;
    }

    private static string WriteFactors(IReadOnlyList<Expr> factors) =>
        string.Join("*", factors.Select((factor, i) => Wrap(factor, i == 0 ? 2 : 3)));

    private static string WriteExponent(Expr exponent) =>
        exponent is Number { Value: >= 0 } number && !NumberFormat.TryFraction(number.Value, out _, out _)
            ? Write(number)
            : Wrap(exponent, 4);

    /// <summary>The expression, in brackets when it holds together less tightly than <paramref name="needed"/>.</summary>
    private static string Wrap(Expr expression, int needed) =>
        QuotientForm.Precedence(expression) < needed ? $"({Write(expression)})" : Write(expression);
}
