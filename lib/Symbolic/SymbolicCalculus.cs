namespace Calculus.Symbolic;

/// <summary>
/// Multivariate derivatives of expressions: the gradient, the Jacobian and the Hessian, each entry a simplified partial
/// derivative.
/// </summary>
public static class SymbolicCalculus
{
    /// <summary>The gradient ∇f = (∂f/∂x₁, …, ∂f/∂xₙ), with respect to the variables in the order given.</summary>
    /// <remarks>With no variables named, those of <paramref name="f"/> in alphabetical order.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="f"/> or <paramref name="variables"/> is null.</exception>
    /// <exception cref="ArgumentException">A name is invalid or repeated, or none is named and f has no variables.</exception>
    /// <exception cref="DivideByZeroException">f divides by a constant that is 0.</exception>
    public static ExpressionVector Gradient(Expr f, params string[] variables)
    {
        ArgumentNullException.ThrowIfNull(f);
        var order = ChooseVariables(new[] { f }, variables);
        return new ExpressionVector(order.Select(f.Differentiate));
    }

    /// <summary>The Jacobian J[i, j] = ∂fᵢ/∂xⱼ: one row per function, one column per variable.</summary>
    /// <remarks>With no variables named, those of all the functions in alphabetical order. The Jacobian of a single
    /// function is its gradient as a row.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="functions"/>, one of them, or <paramref name="variables"/> is null.</exception>
    /// <exception cref="ArgumentException">There are no functions, a name is invalid or repeated, or none is named and the
    /// functions have no variables.</exception>
    /// <exception cref="DivideByZeroException">A function divides by a constant that is 0.</exception>
    public static ExpressionMatrix Jacobian(IReadOnlyList<Expr> functions, params string[] variables)
    {
        ArgumentNullException.ThrowIfNull(functions);
        if (functions.Count == 0)
        {
            throw new ArgumentException("The Jacobian needs at least one function.", nameof(functions));
        }

        if (functions.Any(function => function is null))
        {
            throw new ArgumentNullException(nameof(functions), "The functions cannot be null.");
        }

        var order = ChooseVariables(functions, variables);
        var entries = new Expr[functions.Count, order.Count];
        for (var i = 0; i < functions.Count; i++)
        {
            for (var j = 0; j < order.Count; j++)
            {
                entries[i, j] = functions[i].Differentiate(order[j]);
            }
        }

        return new ExpressionMatrix(entries);
    }

    /// <summary>The Hessian H[i, j] = ∂²f/∂xᵢ∂xⱼ, the Jacobian of the gradient.</summary>
    /// <remarks>With no variables named, those of <paramref name="f"/> in alphabetical order. Every entry is
    /// differentiated on its own, so the symmetry H[i, j] = H[j, i] is a result, not an assumption.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="f"/> or <paramref name="variables"/> is null.</exception>
    /// <exception cref="ArgumentException">A name is invalid or repeated, or none is named and f has no variables.</exception>
    /// <exception cref="DivideByZeroException">f divides by a constant that is 0.</exception>
    public static ExpressionMatrix Hessian(Expr f, params string[] variables)
    {
        ArgumentNullException.ThrowIfNull(f);
        var order = ChooseVariables(new[] { f }, variables);
        return Jacobian(Gradient(f, order.ToArray()), order.ToArray());
    }

    private static IReadOnlyList<string> ChooseVariables(IReadOnlyList<Expr> functions, string[] variables)
    {
        ArgumentNullException.ThrowIfNull(variables);
        if (variables.Length > 0)
        {
            Names.CheckDistinctVariableNames(variables, nameof(variables));
            return variables;
        }

        var all = functions.SelectMany(function => function.Variables).Distinct().Order(StringComparer.Ordinal).ToArray();
        if (all.Length == 0)
        {
            throw new ArgumentException(
                "The functions have no variables: name the variables to differentiate with respect to.",
                nameof(variables));
        }

        return all;
    }
}
