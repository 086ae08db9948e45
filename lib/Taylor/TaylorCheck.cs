namespace Calculus.Taylor;

/// <summary>The Taylor-series checks, each with a message that says what was wrong and what to do.</summary>
internal static class TaylorCheck
{
    /// <summary>Throws unless every Taylor coefficient cₖ = f⁽ᵏ⁾(a)/k! is a finite number.</summary>
    public static void FiniteCoefficients(IReadOnlyList<double> coefficients, double a, string function)
    {
        for (var k = 0; k < coefficients.Count; k++)
        {
            if (!double.IsFinite(coefficients[k]))
            {
                var what = k == 0 ? $"{function} itself" : $"its derivative of order {k}";
                throw new ArgumentException(
                    $"{function} or its derivatives are not finite at a = {Check.Describe(a)}: {what} is {Check.Describe(coefficients[k])} there. " +
                    $"A Taylor polynomial of order {coefficients.Count - 1} needs f and its first {coefficients.Count - 1} " +
                    "derivative(s) to be finite at a (1/x and ln x, for example, are not defined at 0); expand about another point.",
                    "a");
            }
        }
    }

    /// <summary>Throws unless the point a of an expansion is a finite number.</summary>
    public static void FinitePoint(double a, string name)
    {
        if (!double.IsFinite(a))
        {
            throw new ArgumentException($"{name} is {Check.Describe(a)}; a Taylor polynomial is built about a finite point.", name);
        }
    }

    /// <summary>Throws unless the value, the gradient (or Jacobian) and the Hessian found at a are all finite.</summary>
    public static void FiniteDerivatives(IEnumerable<double> values, string what, IReadOnlyList<double> a)
    {
        if (values.Any(value => !double.IsFinite(value)))
        {
            throw new ArgumentException(
                $"The function or its derivatives are not finite at a = ({string.Join(", ", a.Select(Check.Describe))}): {what} " +
                "has an entry that is infinite or NaN. A Taylor approximation needs them to exist at a; expand about another point.",
                "a");
        }
    }

    /// <summary>Throws unless x has as many coordinates as the point a.</summary>
    public static double[] SameDimension(IReadOnlyList<double> x, int dimension, string name)
    {
        ArgumentNullException.ThrowIfNull(x, name);
        if (x.Count != dimension)
        {
            throw new ArgumentException(
                $"{name} has {x.Count} coordinate(s), but the approximation is about a point with {dimension}.", name);
        }

        return x.ToArray();
    }

}
