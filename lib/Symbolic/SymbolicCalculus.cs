namespace Calculus.Symbolic;

/// <summary>The gradient, the Jacobian and the Hessian of expressions, each entry a simplified partial derivative.</summary>
/// <remarks>
/// A variable named for differentiation must occur in the expression (for a Jacobian, in at least one of the
/// functions): a mistyped name would otherwise give a derivative of 0 without a word. To differentiate on purpose with
/// respect to a variable the expression does not contain, as for f(x, y) = x² seen as a function of x and y, use the
/// overload with <c>allowUnusedVariables: true</c>.
/// </remarks>
public static class SymbolicCalculus
{
    /// <summary>The gradient ∇f = (∂f/∂x₁, …, ∂f/∂xₙ), with respect to the variables in the order given.</summary>
    /// <remarks>With no variables named, those of <paramref name="f"/> in alphabetical order.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="f"/> or <paramref name="variables"/> is null.</exception>
    /// <exception cref="ArgumentException">A name is invalid or repeated, or f does not contain it (the message lists
    /// f's variables), or none is named and f has no variables.</exception>
    /// <exception cref="DivideByZeroException">f divides by a constant that is 0.</exception>
    public static ExpressionVector Gradient(Expr f, params string[] variables) =>
        Gradient(f, variables, allowUnusedVariables: false);

    /// <summary>The gradient ∇f = (∂f/∂x₁, …, ∂f/∂xₙ), where f need not contain every xᵢ if allowed (∂f/∂xᵢ = 0).</summary>
    /// <param name="f">The function.</param>
    /// <param name="variables">The variables, in order; with none, those of <paramref name="f"/> in alphabetical order.</param>
    /// <param name="allowUnusedVariables">True to accept names that f does not contain; false to reject them as typos.</param>
    /// <exception cref="ArgumentNullException"><paramref name="f"/> or <paramref name="variables"/> is null.</exception>
    /// <exception cref="ArgumentException">A name is invalid or repeated, or f does not contain it and that is not
    /// allowed, or none is named and f has no variables.</exception>
    /// <exception cref="DivideByZeroException">f divides by a constant that is 0.</exception>
    public static ExpressionVector Gradient(Expr f, IReadOnlyList<string> variables, bool allowUnusedVariables)
    {
        ArgumentNullException.ThrowIfNull(f);
        var order = ChooseVariables(new[] { f }, variables, allowUnusedVariables);
        return new ExpressionVector(order.Select(f.Differentiate));
    }

    /// <summary>The Jacobian J[i, j] = ∂fᵢ/∂xⱼ: one row per function, one column per variable.</summary>
    /// <remarks>With no variables named, those of all the functions in alphabetical order. The Jacobian of a single
    /// function is its gradient as a row.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="functions"/>, one of them, or <paramref name="variables"/> is null.</exception>
    /// <exception cref="ArgumentException">There are no functions, a name is invalid or repeated, or no function
    /// contains it (the message lists their variables), or none is named and the functions have no variables.</exception>
    /// <exception cref="DivideByZeroException">A function divides by a constant that is 0.</exception>
    public static ExpressionMatrix Jacobian(IReadOnlyList<Expr> functions, params string[] variables) =>
        Jacobian(functions, variables, allowUnusedVariables: false);

    /// <summary>The Jacobian J[i, j] = ∂fᵢ/∂xⱼ, where the functions need not contain every xⱼ if allowed (a column of 0).</summary>
    /// <param name="functions">The functions f₁, …, fₘ, one row each.</param>
    /// <param name="variables">The variables, one column each; with none, those of the functions in alphabetical order.</param>
    /// <param name="allowUnusedVariables">True to accept names that no function contains; false to reject them as typos.</param>
    /// <exception cref="ArgumentNullException"><paramref name="functions"/>, one of them, or <paramref name="variables"/> is null.</exception>
    /// <exception cref="ArgumentException">There are no functions, a name is invalid or repeated, or no function
    /// contains it and that is not allowed, or none is named and the functions have no variables.</exception>
    /// <exception cref="DivideByZeroException">A function divides by a constant that is 0.</exception>
    public static ExpressionMatrix Jacobian(IReadOnlyList<Expr> functions, IReadOnlyList<string> variables, bool allowUnusedVariables)
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

        var order = ChooseVariables(functions, variables, allowUnusedVariables);
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
    /// <exception cref="ArgumentException">A name is invalid or repeated, or f does not contain it (the message lists
    /// f's variables), or none is named and f has no variables.</exception>
    /// <exception cref="DivideByZeroException">f divides by a constant that is 0.</exception>
    public static ExpressionMatrix Hessian(Expr f, params string[] variables) =>
        Hessian(f, variables, allowUnusedVariables: false);

    /// <summary>The Hessian H[i, j] = ∂²f/∂xᵢ∂xⱼ, where f need not contain every xᵢ if allowed (a row and column of 0).</summary>
    /// <param name="f">The function.</param>
    /// <param name="variables">The variables, in order; with none, those of <paramref name="f"/> in alphabetical order.</param>
    /// <param name="allowUnusedVariables">True to accept names that f does not contain; false to reject them as typos.</param>
    /// <exception cref="ArgumentNullException"><paramref name="f"/> or <paramref name="variables"/> is null.</exception>
    /// <exception cref="ArgumentException">A name is invalid or repeated, or f does not contain it and that is not
    /// allowed, or none is named and f has no variables.</exception>
    /// <exception cref="DivideByZeroException">f divides by a constant that is 0.</exception>
    public static ExpressionMatrix Hessian(Expr f, IReadOnlyList<string> variables, bool allowUnusedVariables)
    {
        ArgumentNullException.ThrowIfNull(f);
        var order = ChooseVariables(new[] { f }, variables, allowUnusedVariables);

        // The names are checked against f; the gradient's entries may rightly lack some (that of 3x − y has none).
        return Jacobian(Gradient(f, order, allowUnusedVariables: true), order, allowUnusedVariables: true);
    }

    private static IReadOnlyList<string> ChooseVariables(
        IReadOnlyList<Expr> functions, IReadOnlyList<string> variables, bool allowUnusedVariables)
    {
        ArgumentNullException.ThrowIfNull(variables);
        var all = functions.SelectMany(function => function.Variables).Distinct().Order(StringComparer.Ordinal).ToArray();
        if (variables.Count > 0)
        {
            Names.CheckDistinctVariableNames(variables, nameof(variables));
            var unused = variables.FirstOrDefault(name => !all.Contains(name));
            if (unused is not null && !allowUnusedVariables)
            {
                var what = functions.Count == 1 ? functions[0].ToString() : "any of the functions";
                throw new ArgumentException(
                    $"The variable '{unused}' does not occur in {what}, whose variables are {Names.List(all)}; " +
                    "a mistyped name would give a derivative of 0. To differentiate with respect to a variable " +
                    "that does not occur, pass allowUnusedVariables: true.",
                    nameof(variables));
            }

            return variables;
        }

        if (all.Length == 0)
        {
            throw new ArgumentException(
                "The functions have no variables: name the variables to differentiate with respect to.",
                nameof(variables));
        }

        return all;
    }
}
