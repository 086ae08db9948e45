using System.Text;

namespace Calculus.Symbolic;

/// <summary>
/// Writes an expression as LaTeX that reads like a textbook: <c>x^{2} \sin\left(x\right)</c>, <c>\frac{1}{1 + x}</c>,
/// <c>e^{x}</c>, <c>\ln\left(x\right)</c>, <c>\sqrt{x}</c>, <c>\cos^{2}\left(x\right)</c>, <c>x - 2</c>.
/// </summary>
internal static class LatexWriter
{
    /// <summary>The expression as LaTeX, without delimiters.</summary>
    public static string Write(Expr expression) => expression switch
    {
        Number number => NumberFormat.Latex(number.Value),
        NamedConstant constant => constant.Name == "pi" ? "\\pi" : "e",
        Symbol symbol => Names.Latex(symbol.Name),
        FunctionCall call => WriteFunction(call.Function, Write(call.Argument)),
        Sum sum => WriteSum(sum),
        Product product => WriteQuotient(QuotientForm.Of(product.Factors)),
        Power { Exponent: Number { Value: < 0 } } power => WriteQuotient(QuotientForm.Of(new[] { power })),
        Power power => WritePower(power),
        _ => throw new NotSupportedException($"Unknown kind of expression: {expression.GetType().Name}."),
    };

    private static string WriteFunction(ElementaryFunction function, string argument) => function switch
    {
        ElementaryFunction.Exp => $"e^{{{argument}}}",
        ElementaryFunction.Sqrt => $"\\sqrt{{{argument}}}",
        _ => $"{Command(function)}\\left({argument}\\right)",
    };

    /// <summary>\ln, \sin, \cos or \tan.</summary>
    private static string Command(ElementaryFunction function) => "\\" + ElementaryFunctions.Name(function);

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
        string text;
        if (form.Denominator.Count == 0)
        {
            text = form.Numerator.Count == 0 ? "1" : WriteFactors(form.Numerator);
        }
        else
        {
            // A lone sum above or below the line needs no brackets: \frac{1}{1 + x}.
            var numerator = form.Numerator.Count switch
            {
                0 => "1",
                1 => Write(form.Numerator[0]),
                _ => WriteFactors(form.Numerator),
            };
            var denominator = form.Denominator.Count == 1 ? Write(form.Denominator[0]) : WriteFactors(form.Denominator);
            text = $"\\frac{{{numerator}}}{{{denominator}}}";
        }

        return form.IsNegative ? "-" + text : text;
    }

    /// <summary>Factors side by side, x^{2} \sin\left(x\right), with \cdot before a factor that starts with a digit.</summary>
    private static string WriteFactors(IReadOnlyList<Expr> factors)
    {
        var text = new StringBuilder();
        for (var i = 0; i < factors.Count; i++)
        {
            var factor = Wrap(factors[i], i == 0 ? 2 : 3);
            if (i > 0)
            {
                text.Append(char.IsAsciiDigit(factor[0]) ? " \\cdot " : " ");
            }

            text.Append(factor);
        }

        return text.ToString();
    }

    private static string WritePower(Power power)
    {
        var exponent = power.Exponent is Number number && NumberFormat.TryFraction(number.Value, out var p, out var q)
            ? $"{p}/{q}"
            : Write(power.Exponent);

        // sin²(x), as textbooks write it, for whole positive powers of sin, cos, tan and ln.
        if (power.Base is FunctionCall call
            && call.Function is not (ElementaryFunction.Exp or ElementaryFunction.Sqrt)
            && power.Exponent is Number { Value: > 0 } whole && double.IsInteger(whole.Value))
        {
            return $"{Command(call.Function)}^{{{exponent}}}\\left({Write(call.Argument)}\\right)";
        }

        var needsBrackets = QuotientForm.Precedence(power.Base) < 4
            || power.Base is FunctionCall
            || (power.Base is Number && Write(power.Base).Contains('^'));
        var @base = needsBrackets ? $"\\left({Write(power.Base)}\\right)" : Write(power.Base);
        return $"{@base}^{{{exponent}}}";
    }

    /// <summary>The expression, in \left( \right) when it holds together less tightly than <paramref name="needed"/>.</summary>
    private static string Wrap(Expr expression, int needed) =>
        QuotientForm.Precedence(expression) < needed ? $"\\left({Write(expression)}\\right)" : Write(expression);
}
