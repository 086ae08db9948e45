using Calculus.Symbolic;
using Rule = Calculus.Symbolic.DerivativeRule;

namespace Calculus.Tests.Symbolic;

public sealed class DerivationTests
{
    public static TheoryData<string, DerivativeRule[]> RulesOfDerivations => new()
    {
        { "x^2", new[] { Rule.Power } },
        { "3*x^2", new[] { Rule.ConstantMultiple, Rule.Power } },
        { "sin(x^2)", new[] { Rule.Chain, Rule.Sin, Rule.Power } },
        { "exp(sin(x))", new[] { Rule.Chain, Rule.Exp, Rule.Sin } },
        { "x/(1 + x)", new[] { Rule.Quotient, Rule.Variable, Rule.Sum, Rule.Constant, Rule.Variable } },
        { "1/x", new[] { Rule.Reciprocal } },
        { "1/(1 + x^2)", new[] { Rule.Reciprocal, Rule.Sum, Rule.Constant, Rule.Power } },
        { "x^2*sin(x)", new[] { Rule.Product, Rule.Power, Rule.Sin } },
        { "ln(x) + 5", new[] { Rule.Sum, Rule.Log, Rule.Constant } },
        { "sqrt(x) - cos(x)", new[] { Rule.Sum, Rule.Sqrt, Rule.ConstantMultiple, Rule.Cos } },
        { "tan(2*x)", new[] { Rule.Chain, Rule.Tan, Rule.ConstantMultiple, Rule.Variable } },
        { "(1 + x)^3", new[] { Rule.Chain, Rule.Power, Rule.Sum, Rule.Constant, Rule.Variable } },
        { "2^x", new[] { Rule.Exponential } },
        { "x^x", new[] { Rule.GeneralPower, Rule.Variable, Rule.Variable } },
        { "x*y", new[] { Rule.ConstantMultiple, Rule.Variable } },
        { "sin(y)", new[] { Rule.ConstantWithRespectTo } },
        { "7", new[] { Rule.Constant } },
    };

    [Theory]
    [MemberData(nameof(RulesOfDerivations))]
    public void Of_Expression_NamesTheRulesOutermostFirst(string text, DerivativeRule[] rules)
    {
        var derivation = Derivative.Of(Expr.Parse(text), "x");

        Assert.Equal(rules, derivation.Rules);
    }

    [Fact]
    public void Of_ConstantMultiple_RecordsEachStepWithItsSimplifiedResult()
    {
        var derivation = Derivative.Of(Expr.Parse("3*x^2"), "x");

        Assert.Equal(Expr.Parse("3*x^2"), derivation.Expression);
        Assert.Equal("x", derivation.Variable);
        Assert.Equal("6*x", derivation.Result.ToString());
        var outer = derivation.Steps[0];
        Assert.Equal(("3*x^2", "6*x", 0), (outer.Expression.ToString(), outer.Result.ToString(), outer.Depth));
        var inner = derivation.Steps[1];
        Assert.Equal(("x^2", "2*x", 1), (inner.Expression.ToString(), inner.Result.ToString(), inner.Depth));
        Assert.Equal("power rule", inner.RuleName);
    }

    [Fact]
    public void Of_ChainRule_RecordsInnerFunctionAndOuterDerivativeInU()
    {
        var derivation = Derivative.Of(Expr.Parse("sin(x^2)"), "x");

        var chain = derivation.Steps[0];
        Assert.Equal(Expr.Parse("x^2"), chain.Inner);
        Assert.Equal("2*x*cos(x^2)", chain.Result.ToString());
        var outer = derivation.Steps[1];
        Assert.Equal("u", outer.Variable);
        Assert.Equal("sin(u)", outer.Expression.ToString());
        Assert.Equal("cos(u)", outer.Result.ToString());
        var inner = derivation.Steps[2];
        Assert.Equal(("x", "x^2", "2*x"), (inner.Variable, inner.Expression.ToString(), inner.Result.ToString()));
    }

    [Fact]
    public void Of_ChainRuleWhenUIsTheVariable_NamesTheInnerFunctionDifferently()
    {
        var derivation = Derivative.Of(Expr.Parse("sin(u^2)"), "u");

        Assert.Equal("w", derivation.Steps[1].Variable);
        Assert.Contains("chain rule, w = u^2", derivation.Steps[0].ToString());
    }

    [Fact]
    public void Of_QuotientRule_RecordsNumeratorAndDenominatorSteps()
    {
        var derivation = Derivative.Of(Expr.Parse("x/(1 + x)"), "x");

        Assert.Equal("1/(1 + x)^2", derivation.Result.ToString());
        Assert.Equal(new[] { "x/(1 + x)", "x", "1 + x", "1", "x" }, derivation.Steps.Select(s => s.Expression.ToString()));
        Assert.Equal(new[] { 0, 1, 1, 2, 2 }, derivation.Steps.Select(s => s.Depth));
    }

    [Fact]
    public void Of_SeveralVariables_StepsArePartial()
    {
        var derivation = Derivative.Of(Expr.Parse("x*y"), "x");

        Assert.All(derivation.Steps, step => Assert.True(step.IsPartial));
        Assert.Equal("∂/∂x (x*y) = y   [constant multiple rule]", derivation.Steps[0].ToString());
        Assert.StartsWith(@"\frac{\partial}{\partial x}\left(x y\right) &= y", derivation.ToLatex().Split('\n')[1]);
        Assert.False(Derivative.Of(Expr.Parse("x^2"), "x").Steps[0].IsPartial);
    }

    [Fact]
    public void Of_OtherVariable_IsConstantWithRespectToIt()
    {
        var step = Assert.Single(Derivative.Of(Expr.Parse("y^2"), "x").Steps);

        Assert.Equal(Rule.ConstantWithRespectTo, step.Rule);
        Assert.Equal("constant with respect to x", step.RuleName);
        Assert.Equal(Expr.Constant(0), step.Result);
    }

    [Fact]
    public void ToLatex_PowerRule_IsAnAlignedRowWithTheRuleName()
    {
        var latex = Derivative.Of(Expr.Parse("x^2"), "x").ToLatex();

        Assert.Equal(
            "\\begin{aligned}\n\\frac{d}{dx}\\left(x^{2}\\right) &= 2 x && \\text{power rule}\n\\end{aligned}",
            latex);
    }

    [Fact]
    public void ToLatex_NestedSteps_AreIndentedAndTheChainNamesU()
    {
        var rows = Derivative.Of(Expr.Parse("sin(x^2)"), "x").ToLatex().Split(" \\\\\n");

        Assert.Equal(3, rows.Length);
        Assert.EndsWith(@"&& \text{chain rule, } u = x^{2}", rows[0]);
        Assert.Equal(@"\quad \frac{d}{du}\left(\sin\left(u\right)\right) &= \cos\left(u\right) && \text{derivative of sine}", rows[1]);
        Assert.StartsWith(@"\quad \frac{d}{dx}\left(x^{2}\right) &= 2 x", rows[2]);
    }

    [Fact]
    public void ToString_Derivation_IsOneIndentedLinePerStep()
    {
        var text = Derivative.Of(Expr.Parse("3*x^2"), "x").ToString();

        Assert.Equal(
            "d/dx (3*x^2) = 6*x   [constant multiple rule]" + Environment.NewLine + "  d/dx (x^2) = 2*x   [power rule]",
            text);
    }

    [Fact]
    public void ToLatex_Step_HasTheRuleAfterAQuad()
    {
        var step = Derivative.Of(Expr.Parse("x^2"), "x").Steps[0];

        Assert.Equal(@"\frac{d}{dx}\left(x^{2}\right) = 2 x \qquad \text{power rule}", step.ToLatex());
    }

    [Fact]
    public void Of_NullExpression_ThrowsArgumentNull()
    {
        Assert.Throws<ArgumentNullException>(() => Derivative.Of(null!, "x"));
        Assert.Throws<ArgumentNullException>(() => Derivative.Of(Expr.Parse("x"), null!));
    }
}
