namespace Calculus.Symbolic;

/// <summary>
/// Applies the rules of differentiation to an expression as it was written, from the outside in, and records a
/// <see cref="DerivationStep"/> for each rule. Every intermediate result is simplified.
/// </summary>
internal sealed class Differentiator
{
    private readonly Expr _expression;
    private readonly string _variable;
    private readonly bool _isPartial;
    private readonly Symbol _placeholder;
    private readonly List<DerivationStep?> _steps = new();

    /// <summary>Prepares to differentiate <paramref name="expression"/> with respect to <paramref name="variable"/>.</summary>
    public Differentiator(Expr expression, string variable)
    {
        _expression = expression;
        _variable = variable;
        _isPartial = expression.Variables.Any(name => name != variable);
        _placeholder = new Symbol(ChoosePlaceholder(expression, variable));
    }

    /// <summary>The derivative with its steps.</summary>
    public Derivation Run()
    {
        var result = Differentiate(_expression, 0);
        return new Derivation(_expression, _variable, result, _steps.Select(step => step!).ToArray());
    }

    private Expr Differentiate(Expr expression, int depth)
    {
        if (!expression.DependsOn(_variable))
        {
            var rule = expression.Variables.Count == 0 ? DerivativeRule.Constant : DerivativeRule.ConstantWithRespectTo;
            return Record(rule, expression, depth, Number.Zero);
        }

        return expression switch
        {
            Symbol => Record(DerivativeRule.Variable, expression, depth, Number.One),
            Sum sum => SumRule(sum, depth),
            Product product => ProductRules(product, depth),
            Power power => PowerRules(power, depth),
            FunctionCall call => FunctionRule(call, depth),
            _ => throw new NotSupportedException($"Unknown kind of expression: {expression.GetType().Name}."),
        };
    }

    /// <summary>(u + v)' = u' + v'.</summary>
    private Expr SumRule(Sum sum, int depth)
    {
        var slot = Reserve();
        var derivatives = sum.Terms.Select(term => Differentiate(term, depth + 1)).ToList();
        return Fill(slot, DerivativeRule.Sum, sum, depth, Simplifier.MakeSum(derivatives));
    }

    /// <summary>Chooses between (c·u)' = c·u', the quotient rule and the product rule.</summary>
    private Expr ProductRules(Product product, int depth)
    {
        var constants = product.Factors.Where(factor => !factor.DependsOn(_variable)).ToList();
        var others = product.Factors.Where(factor => factor.DependsOn(_variable)).ToList();
        if (constants.Count > 0)
        {
            var slot = Reserve();
            var derivative = Differentiate(Multiply(others), depth + 1);
            var result = (Multiply(constants) * derivative).Simplify();
            return Fill(slot, DerivativeRule.ConstantMultiple, product, depth, result);
        }

        // x/(1 + x) is stored as x·(1 + x)⁻¹: factors with negative exponents make the denominator.
        var numerator = others.Where(factor => !IsDenominator(factor)).ToList();
        var denominator = others.Where(IsDenominator).Select(Invert).ToList();
        if (numerator.Count > 0 && denominator.Count > 0)
        {
            return QuotientRule(product, Multiply(numerator), Multiply(denominator), depth);
        }

        return ProductRule(product, others[0], Multiply(others.Skip(1).ToList()), depth);
    }

    /// <summary>(u·v)' = u'·v + u·v'.</summary>
    private Expr ProductRule(Expr product, Expr u, Expr v, int depth)
    {
        var slot = Reserve();
        var du = Differentiate(u, depth + 1);
        var dv = Differentiate(v, depth + 1);
        var result = (du * v + u * dv).Simplify();
        return Fill(slot, DerivativeRule.Product, product, depth, result);
    }

    /// <summary>(u/v)' = (u'v − uv')/v².</summary>
    private Expr QuotientRule(Expr quotient, Expr u, Expr v, int depth)
    {
        var slot = Reserve();
        var du = Differentiate(u, depth + 1);
        var dv = Differentiate(v, depth + 1);
        var result = ((du * v - u * dv) / Expr.Pow(v, 2)).Simplify();
        return Fill(slot, DerivativeRule.Quotient, quotient, depth, result);
    }

    /// <summary>Chooses the rule for u^v by which of u and v contain the variable.</summary>
    private Expr PowerRules(Power power, int depth)
    {
        var u = power.Base;
        var n = power.Exponent;
        var baseVaries = u.DependsOn(_variable);
        var exponentVaries = n.DependsOn(_variable);

        if (baseVaries && !exponentVaries)
        {
            if (n is Number { Value: -1 })
            {
                return ReciprocalRule(power, depth);
            }

            // (uⁿ)' = n·uⁿ⁻¹·u'
            return ApplyOuter(
                power, u, DerivativeRule.Power, depth, arg => Expr.Pow(arg, n), arg => n * Expr.Pow(arg, n - 1));
        }

        if (!baseVaries && u == Expr.E)
        {
            // (e^u)' = e^u·u'
            return ApplyOuter(
                power, n, DerivativeRule.Exp, depth, arg => Expr.Pow(Expr.E, arg), arg => Expr.Exp(arg));
        }

        if (!baseVaries)
        {
            // (a^u)' = a^u·ln(a)·u'
            return ApplyOuter(
                power, n, DerivativeRule.Exponential, depth, arg => Expr.Pow(u, arg), arg => Expr.Pow(u, arg) * Expr.Log(u));
        }

        // (u^v)' = u^v·(v'·ln u + v·u'/u)
        var slot = Reserve();
        var dv = Differentiate(n, depth + 1);
        var du = Differentiate(u, depth + 1);
        var result = (power * (dv * Expr.Log(u) + n * du / u)).Simplify();
        return Fill(slot, DerivativeRule.GeneralPower, power, depth, result);
    }

    /// <summary>(1/v)' = −v'/v².</summary>
    private Expr ReciprocalRule(Power reciprocal, int depth)
    {
        var v = reciprocal.Base;
        if (v is Symbol)
        {
            return Record(DerivativeRule.Reciprocal, reciprocal, depth, (-1 / Expr.Pow(v, 2)).Simplify());
        }

        var slot = Reserve();
        var dv = Differentiate(v, depth + 1);
        var result = (-dv / Expr.Pow(v, 2)).Simplify();
        return Fill(slot, DerivativeRule.Reciprocal, reciprocal, depth, result);
    }

    /// <summary>exp, ln, sin, cos, tan and √, each with its own rule.</summary>
    private Expr FunctionRule(FunctionCall call, int depth)
    {
        var (rule, derivative) = call.Function switch
        {
            ElementaryFunction.Exp => (DerivativeRule.Exp, (Func<Expr, Expr>)(u => Expr.Exp(u))),
            ElementaryFunction.Log => (DerivativeRule.Log, u => 1 / u),
            ElementaryFunction.Sin => (DerivativeRule.Sin, u => Expr.Cos(u)),
            ElementaryFunction.Cos => (DerivativeRule.Cos, u => -Expr.Sin(u)),
            ElementaryFunction.Tan => (DerivativeRule.Tan, u => 1 / Expr.Pow(Expr.Cos(u), 2)),
            ElementaryFunction.Sqrt => (DerivativeRule.Sqrt, u => 1 / (2 * Expr.Sqrt(u))),
            _ => throw new NotSupportedException($"Unknown function: {call.Function}."),
        };
        return ApplyOuter(call, call.Argument, rule, depth, u => new FunctionCall(call.Function, u), derivative);
    }

    /// <summary>
    /// An outer function f applied to an inner expression: its own rule when the inner expression is the variable
    /// itself (d/dx sin(x) = cos(x)), and otherwise the chain rule (f(u))' = f'(u)·u', recorded as a chain-rule step
    /// holding the step d/du f(u) and the steps of u'.
    /// </summary>
    private Expr ApplyOuter(
        Expr whole, Expr inner, DerivativeRule rule, int depth, Func<Expr, Expr> outer, Func<Expr, Expr> outerDerivative)
    {
        if (inner is Symbol)
        {
            return Record(rule, whole, depth, outerDerivative(inner).Simplify());
        }

        var slot = Reserve();
        var outerResult = outerDerivative(_placeholder).Simplify();
        _steps.Add(new DerivationStep(rule, outer(_placeholder), _placeholder.Name, outerResult, depth + 1, isPartial: false));
        var innerDerivative = Differentiate(inner, depth + 1);

        // When u' = 0 so is f'(u)·u', even where f'(u) has no value: d/dx sqrt(x − x) = 0.
        var result = innerDerivative is Number { Value: 0 }
            ? Number.Zero
            : (outerDerivative(inner) * innerDerivative).Simplify();
        return Fill(slot, DerivativeRule.Chain, whole, depth, result, inner);
    }

    private static bool IsDenominator(Expr factor) => factor is Power { Exponent: Number { Value: < 0 } };

    /// <summary>A denominator factor turned right way up: (1 + x)⁻¹ is 1 + x, x⁻² is x².</summary>
    private static Expr Invert(Expr factor)
    {
        var power = (Power)factor;
        var exponent = ((Number)power.Exponent).Value;
        return exponent == -1 ? power.Base : Expr.Pow(power.Base, -exponent);
    }

    /// <summary>The product of the factors as written (a single factor stays itself).</summary>
    private static Expr Multiply(IReadOnlyList<Expr> factors) =>
        factors.Count == 1 ? factors[0] : new Product(factors);

    /// <summary>Records a step that needed no other steps.</summary>
    private Expr Record(DerivativeRule rule, Expr expression, int depth, Expr result)
    {
        _steps.Add(new DerivationStep(rule, expression, _variable, result, depth, _isPartial));
        return result;
    }

    /// <summary>Keeps a place for a step whose result needs other steps first, so that it is listed before them.</summary>
    private int Reserve()
    {
        _steps.Add(null);
        return _steps.Count - 1;
    }

    private Expr Fill(int slot, DerivativeRule rule, Expr expression, int depth, Expr result, Expr? inner = null)
    {
        _steps[slot] = new DerivationStep(rule, expression, _variable, result, depth, _isPartial, inner, _placeholder.Name);
        return result;
    }

    /// <summary>The name for the inner function in the chain rule: u, unless the expression already uses it.</summary>
    private static string ChoosePlaceholder(Expr expression, string variable)
    {
        var taken = expression.Variables.Append(variable).ToHashSet();
        var candidates = new[] { "u", "w", "t", "s" }.Concat(Enumerable.Range(1, int.MaxValue - 1).Select(i => $"u{i}"));
        return candidates.First(name => !taken.Contains(name));
    }
}
