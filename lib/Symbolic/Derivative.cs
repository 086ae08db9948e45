namespace Calculus.Symbolic;

/// <summary>Symbolic differentiation with the working shown: df/dx and the rules that produced it.</summary>
/// <remarks><c>Derivative.Of(Expr.Parse("x^2*sin(x)"), "x")</c> gives 2x·sin(x) + x²·cos(x) by the product rule, the
/// power rule and the derivative of sine.</remarks>
public static class Derivative
{
    /// <summary>d/dv of <paramref name="expression"/> (∂/∂v when it has other variables), with every step recorded.</summary>
    /// <remarks>Differentiating with respect to a variable the expression does not contain gives 0.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="expression"/> or <paramref name="variable"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="variable"/> is not a valid variable name.</exception>
    /// <exception cref="DivideByZeroException">The expression divides by a constant that is 0.</exception>
    public static Derivation Of(Expr expression, string variable)
    {
        ArgumentNullException.ThrowIfNull(expression);
        Names.CheckVariableName(variable, nameof(variable));
        return new Differentiator(expression, variable).Run();
    }
}
