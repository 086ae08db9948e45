using Calculus.Automatic;
using Calculus.FiniteDifferences;
using Calculus.Symbolic;

namespace Calculus;

/// <summary>
/// The course's four ways to the derivative of a function of one variable, side by side. Each has a home of
/// its own for gradients, Jacobians and Hessians: <see cref="SymbolicCalculus"/>, <see cref="FiniteDifference"/>,
/// <see cref="Automatic.ForwardMode"/> and <see cref="Automatic.ReverseMode"/>.
/// </summary>
public static class Differentiate
{
    /// <summary>f'(x) by the rules of differentiation, with every step recorded: <c>Differentiate.Symbolically("x^2 * sin(x)")</c>.</summary>
    /// <exception cref="ExpressionParseException">The text is not an expression; the message shows where.</exception>
    public static Derivation Symbolically(string expression, string variable = "x") =>
        Derivative.Of(Expr.Parse(expression), variable);

    /// <summary>f'(x) by the rules of differentiation, for an expression already built.</summary>
    public static Derivation Symbolically(Expr expression, string variable = "x") =>
        Derivative.Of(expression, variable);

    /// <summary>f'(x) ≈ a finite difference (central by default, step chosen to balance truncation and round-off).</summary>
    /// <exception cref="ArgumentException"><paramref name="x"/> is NaN or infinite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="h"/> is zero, negative, NaN or infinite.</exception>
    public static double Numerically(Func<double, double> f, double x, DifferenceScheme scheme = DifferenceScheme.Central, double? h = null) =>
        FiniteDifference.Derivative(f, x, scheme, h);

    /// <summary>f'(x) by forward-mode automatic differentiation (dual numbers): exact to rounding.</summary>
    /// <exception cref="ArgumentException"><paramref name="x"/> is NaN or infinite.</exception>
    public static double Forward(Func<Dual, Dual> f, double x) => Automatic.ForwardMode.Derivative(f, x);

    /// <summary>f'(x) by reverse-mode automatic differentiation (a tape and one backward pass): exact to rounding.</summary>
    /// <exception cref="ArgumentException"><paramref name="x"/> is NaN or infinite.</exception>
    public static double Reverse(Func<TapeVariable, TapeVariable> f, double x) => Automatic.ReverseMode.Derivative(f, x);
}
