using Calculus.Display;

namespace Calculus.Symbolic;

/// <summary>A derivative df/dx worked out step by step: f, x, the result and every rule applied, outermost first.</summary>
/// <remarks>Displays as an aligned list of steps. Made by <see cref="Derivative.Of(Expr, string)"/>.</remarks>
[TypeFormatterSource(typeof(MathFormatterSource), PreferredMimeTypes = [MathFormatterSource.LatexMimeType, MathFormatterSource.PlainTextMimeType])]
public sealed class Derivation : ITypeset
{
    internal Derivation(Expr expression, string variable, Expr result, IReadOnlyList<DerivationStep> steps)
    {
        Expression = expression;
        Variable = variable;
        Result = result;
        Steps = steps;
    }

    /// <summary>The expression differentiated.</summary>
    public Expr Expression { get; }

    /// <summary>The variable differentiated with respect to.</summary>
    public string Variable { get; }

    /// <summary>The derivative, simplified.</summary>
    public Expr Result { get; }

    /// <summary>The steps in the order a textbook would write them: each rule before the steps it needed.</summary>
    public IReadOnlyList<DerivationStep> Steps { get; }

    /// <summary>The rules applied, in the order of <see cref="Steps"/>.</summary>
    public IReadOnlyList<DerivativeRule> Rules => Steps.Select(step => step.Rule).ToArray();

    /// <summary>The steps as indented lines of text.</summary>
    public override string ToString() => string.Join(Environment.NewLine, Steps.Select(step => step.ToString()));

    /// <summary>The steps as LaTeX: <c>\begin{aligned} \frac{d}{dx}\left(x^{2}\right) &amp;= 2 x &amp;&amp; \text{power rule} \end{aligned}</c>.</summary>
    public string ToLatex() =>
        "\\begin{aligned}\n" + string.Join(" \\\\\n", Steps.Select(step => step.ToAlignedRow())) + "\n\\end{aligned}";
}
