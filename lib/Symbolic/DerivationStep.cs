using Calculus.Display;

namespace Calculus.Symbolic;

/// <summary>One step of a <see cref="Derivation"/>: a rule and the derivative it gave, e.g. d/dx (x²) = 2x by the power rule.</summary>
/// <remarks>The derivative is simplified. Steps inside a step (the u' of a product rule) have a larger
/// <see cref="Depth"/>.</remarks>
[TypeFormatterSource(typeof(MathFormatterSource), PreferredMimeTypes = [MathFormatterSource.LatexMimeType, MathFormatterSource.PlainTextMimeType])]
public sealed class DerivationStep : ITypeset
{
    private readonly string _innerName;

    internal DerivationStep(
        DerivativeRule rule,
        Expr expression,
        string variable,
        Expr result,
        int depth,
        bool isPartial,
        Expr? inner = null,
        string innerName = "u")
    {
        _innerName = innerName;
        Rule = rule;
        Expression = expression;
        Variable = variable;
        Result = result;
        Depth = depth;
        Inner = inner;
        IsPartial = isPartial;
    }

    /// <summary>The rule applied.</summary>
    public DerivativeRule Rule { get; }

    /// <summary>The sub-expression differentiated, as it was written.</summary>
    public Expr Expression { get; }

    /// <summary>The variable v of d/dv: x, or u for the outer function of the chain rule, d/du sin(u) = cos(u).</summary>
    public string Variable { get; }

    /// <summary>The derivative, simplified.</summary>
    public Expr Result { get; }

    /// <summary>How deeply nested the step is: 0 for the whole expression, 1 for the steps it needed, and so on.</summary>
    public int Depth { get; }

    /// <summary>For a chain-rule step, the inner function u in f(u); otherwise null.</summary>
    public Expr? Inner { get; }

    /// <summary>True when the expression has other variables too, so the derivative is a partial one, ∂/∂x.</summary>
    public bool IsPartial { get; }

    /// <summary>The rule's name as a textbook says it, e.g. "power rule" or "constant with respect to x".</summary>
    public string RuleName => Rule switch
    {
        DerivativeRule.Constant => "constant rule",
        DerivativeRule.Variable => "derivative of the variable",
        DerivativeRule.ConstantWithRespectTo => $"constant with respect to {Variable}",
        DerivativeRule.Sum => "sum rule",
        DerivativeRule.ConstantMultiple => "constant multiple rule",
        DerivativeRule.Power => "power rule",
        DerivativeRule.Product => "product rule",
        DerivativeRule.Quotient => "quotient rule",
        DerivativeRule.Chain => "chain rule",
        DerivativeRule.Exp => "exponential rule",
        DerivativeRule.Log => "logarithm rule",
        DerivativeRule.Sin => "derivative of sine",
        DerivativeRule.Cos => "derivative of cosine",
        DerivativeRule.Tan => "derivative of tangent",
        DerivativeRule.Sqrt => "square root rule",
        DerivativeRule.Reciprocal => "reciprocal rule",
        DerivativeRule.Exponential => "exponential rule, constant base",
        DerivativeRule.GeneralPower => "logarithmic differentiation",
        _ => Rule.ToString(),
    };

    /// <summary>The step as one line of text, indented by depth: <c>d/dx (x^2) = 2*x   [power rule]</c>.</summary>
    public override string ToString()
    {
        var operatorText = IsPartial ? $"∂/∂{Variable}" : $"d/d{Variable}";
        var note = Inner is null ? RuleName : $"{RuleName}, {_innerName} = {Inner}";
        return $"{new string(' ', 2 * Depth)}{operatorText} ({Expression}) = {Result}   [{note}]";
    }

    /// <summary>The step as LaTeX: <c>\frac{d}{dx}\left(x^{2}\right) = 2 x \qquad \text{power rule}</c>.</summary>
    public string ToLatex() => $"{LatexDerivative()} = {Result.ToLatex()} \\qquad {LatexNote()}";

    /// <summary>The step as a row of an aligned block, indented by depth, with &amp; before = and before the rule.</summary>
    internal string ToAlignedRow()
    {
        var indent = string.Concat(Enumerable.Repeat("\\quad ", Depth));
        return $"{indent}{LatexDerivative()} &= {Result.ToLatex()} && {LatexNote()}";
    }

    private string LatexDerivative()
    {
        var d = IsPartial ? "\\partial" : "d";
        var variable = Names.Latex(Variable);
        // \partial x needs the space (\partialx is no command), and so does d \theta; dx has none.
        var separator = IsPartial || variable.StartsWith('\\') ? " " : string.Empty;
        return $"\\frac{{{d}}}{{{d}{separator}{variable}}}\\left({Expression.ToLatex()}\\right)";
    }

    private string LatexNote() => Rule switch
    {
        DerivativeRule.ConstantWithRespectTo => $"\\text{{constant with respect to }} {Names.Latex(Variable)}",
        DerivativeRule.Chain when Inner is not null => $"\\text{{chain rule, }} {Names.Latex(_innerName)} = {Inner.ToLatex()}",
        _ => $"\\text{{{RuleName}}}",
    };
}
