using LinqExpression = System.Linq.Expressions.Expression;

namespace Calculus.Symbolic;

/// <summary>
/// Turns an <see cref="Expr"/> into a .NET delegate by building the same computation as a System.Linq.Expressions
/// tree and compiling it, so that evaluating it a million times costs no more than ordinary C#.
/// </summary>
internal static class ExprCompiler
{
    /// <summary>values ↦ f(values), where values[i] is the value of <paramref name="variableOrder"/>[i].</summary>
    public static Func<double[], double> Compile(Expr expression, IReadOnlyList<string> variableOrder)
    {
        var values = LinqExpression.Parameter(typeof(double[]), "values");
        var body = Build(expression, name => LinqExpression.ArrayIndex(values, LinqExpression.Constant(IndexOf(variableOrder, name))));
        return LinqExpression.Lambda<Func<double[], double>>(body, values).Compile();
    }

    /// <summary>x ↦ f(x) for an expression whose only variable, if any, is x.</summary>
    public static Func<double, double> CompileUnary(Expr expression)
    {
        var x = LinqExpression.Parameter(typeof(double), "x");
        var body = Build(expression, _ => x);
        return LinqExpression.Lambda<Func<double, double>>(body, x).Compile();
    }

    /// <summary>The computation of <paramref name="expression"/>, reading each variable through <paramref name="variable"/>.</summary>
    private static LinqExpression Build(Expr expression, Func<string, LinqExpression> variable)
    {
        LinqExpression Child(Expr child) => Build(child, variable);

        // Sums and products are added and multiplied left to right, as Expr.Evaluate does, so the results agree exactly.
        return expression switch
        {
            Number number => LinqExpression.Constant(number.Value),
            NamedConstant constant => LinqExpression.Constant(constant.Value),
            Symbol symbol => variable(symbol.Name),
            Sum sum => sum.Terms.Select(Child).Aggregate(LinqExpression.Add),
            Product product => product.Factors.Select(Child).Aggregate(LinqExpression.Multiply),
            Power power => LinqExpression.Call(PowMethod, Child(power.Base), Child(power.Exponent)),
            FunctionCall call => LinqExpression.Call(ElementaryFunctions.MathMethod(call.Function), Child(call.Argument)),
            _ => throw new NotSupportedException($"Unknown kind of expression: {expression.GetType().Name}."),
        };
    }

    private static System.Reflection.MethodInfo PowMethod =>
        typeof(Math).GetMethod(nameof(Math.Pow), new[] { typeof(double), typeof(double) })!;

    private static int IndexOf(IReadOnlyList<string> order, string name)
    {
        for (var i = 0; i < order.Count; i++)
        {
            if (order[i] == name)
            {
                return i;
            }
        }

        throw new ArgumentException($"The variable '{name}' is not in the order {Names.List(order)}.", nameof(order));
    }
}
