using Calculus.Display;
using Calculus.Symbolic;

namespace Calculus.Taylor;

/// <summary>Pₙ(x) = Σₖ₌₀ⁿ cₖ·(x − a)ᵏ with cₖ = f⁽ᵏ⁾(a)/k!, the Taylor polynomial of order n of f about a.</summary>
/// <remarks>
/// Build one from an expression, <c>TaylorPolynomial.Of(Expr.Parse("sqrt(x)"), a: 4, order: 2)</c>, which
/// differentiates symbolically, or from a function written over <see cref="IScalar{TSelf}"/>,
/// <c>TaylorPolynomial.Of(Sqrt, a: 4, order: 2)</c>, which runs it on <see cref="PowerSeries"/> numbers. Both give the
/// coefficients exactly, up to rounding. About a = 0 it is the Maclaurin polynomial. It displays as maths in a notebook.
/// </remarks>
[TypeFormatterSource(typeof(MathFormatterSource), PreferredMimeTypes = [MathFormatterSource.LatexMimeType, MathFormatterSource.PlainTextMimeType])]
public sealed class TaylorPolynomial : ITypeset
{
    /// <summary>The largest k for which k! fits in a long, used to write coefficients as fractions.</summary>
    private const int LargestExactFactorial = 20;

    /// <summary>How near cₖ·k! must be to a whole number to be written over k!: a few thousand ulps of it, far below
    /// any displayed digit, yet above the rounding that evaluating a derivative and dividing by k! leaves.</summary>
    private const double WholeNumberTolerance = 1e-12;

    /// <summary>Whole numbers up to this size are exact in a double (2⁵³ ≈ 9·10¹⁵) and fit in a long.</summary>
    private const double LargestWholeNumerator = 1e15;

    private readonly double[] _coefficients;

    /// <summary>Pₙ(x) = Σₖ cₖ·(x − a)ᵏ with the coefficients c₀, …, cₙ given.</summary>
    /// <param name="a">The point a the polynomial is built about.</param>
    /// <param name="coefficients">c₀, c₁, …, cₙ; the order n is one less than their number.</param>
    /// <param name="variable">The name of the variable, used when the polynomial is displayed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="coefficients"/> or <paramref name="variable"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="a"/> is NaN or infinite, there are no coefficients, one of
    /// them is NaN or infinite, or <paramref name="variable"/> is not a valid variable name.</exception>
    public TaylorPolynomial(double a, IReadOnlyList<double> coefficients, string variable = "x")
    {
        ArgumentNullException.ThrowIfNull(coefficients);
        TaylorCheck.FinitePoint(a, nameof(a));
        if (coefficients.Count == 0)
        {
            throw new ArgumentException("A Taylor polynomial needs at least the coefficient c₀ = f(a).", nameof(coefficients));
        }

        TaylorCheck.FiniteCoefficients(coefficients, a, "f");

        // Checks the name the way the symbolic code does (ASCII identifier, not a function's name).
        Expr.Variable(variable);
        Centre = a;
        Variable = variable;
        _coefficients = coefficients.ToArray();
    }

    /// <summary>a, the point the polynomial is built about (0 for a Maclaurin polynomial).</summary>
    public double Centre { get; }

    /// <summary>n, the highest power of (x − a).</summary>
    public int Order => _coefficients.Length - 1;

    /// <summary>The name of the variable, x unless the expression it came from uses another.</summary>
    public string Variable { get; }

    /// <summary>c₀, …, cₙ, where cₖ = f⁽ᵏ⁾(a)/k! multiplies (x − a)ᵏ.</summary>
    public IReadOnlyList<double> Coefficients => Array.AsReadOnly(_coefficients);

    /// <summary>Pₙ(x) = Σₖ₌₀ⁿ f⁽ᵏ⁾(a)/k! · (x − a)ᵏ, from an expression differentiated k times and evaluated at a.</summary>
    /// <remarks>The variable is the expression's only one (x if it has none). The cost grows with the order, as each
    /// derivative is a larger expression than the last.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="f"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="f"/> has more than one variable, <paramref name="a"/> is
    /// NaN or infinite, or f or one of its first n derivatives is not finite at a (1/x or ln x at 0).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="order"/> is negative.</exception>
    /// <exception cref="DivideByZeroException">f divides by a constant that is 0.</exception>
    public static TaylorPolynomial Of(Expr f, double a, int order)
    {
        ArgumentNullException.ThrowIfNull(f);
        if (f.Variables.Count > 1)
        {
            throw new ArgumentException(
                $"{f} has the variables {string.Join(", ", f.Variables)}; name the one to expand in with " +
                "Of(f, variable, a, order).",
                nameof(f));
        }

        return Of(f, f.Variables.Count == 1 ? f.Variables[0] : "x", a, order);
    }

    /// <summary>Pₙ(x) = Σₖ₌₀ⁿ f⁽ᵏ⁾(a)/k! · (x − a)ᵏ, from an expression in <paramref name="variable"/> differentiated k times.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="f"/> or <paramref name="variable"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="variable"/> is not a valid name, <paramref name="f"/> has
    /// another variable, <paramref name="a"/> is NaN or infinite, or f or one of its first n derivatives is not finite
    /// at a.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="order"/> is negative.</exception>
    /// <exception cref="DivideByZeroException">f divides by a constant that is 0.</exception>
    public static TaylorPolynomial Of(Expr f, string variable, double a, int order)
    {
        ArgumentNullException.ThrowIfNull(f);
        Expr.Variable(variable);
        TaylorCheck.FinitePoint(a, nameof(a));
        Check.AtLeast(order, 0, nameof(order));
        var other = f.Variables.FirstOrDefault(name => name != variable);
        if (other is not null)
        {
            throw new ArgumentException(
                $"{f} contains the variable '{other}' as well as '{variable}'; a Taylor polynomial in one variable " +
                "needs a function of that variable alone.",
                nameof(f));
        }

        var coefficients = new double[order + 1];
        var derivative = f;
        var factorial = 1.0;
        for (var k = 0; k <= order; k++)
        {
            if (k > 0)
            {
                derivative = derivative.Differentiate(variable);
                factorial *= k;
            }

            coefficients[k] = derivative.Evaluate((variable, a)) / factorial;
        }

        TaylorCheck.FiniteCoefficients(coefficients, a, f.ToString());
        return new TaylorPolynomial(a, coefficients, variable);
    }

    /// <summary>Pₙ(x) = Σₖ₌₀ⁿ cₖ·(x − a)ᵏ, where f(a + h) = Σ cₖhᵏ is found by running f on the power series a + h.</summary>
    /// <remarks>Pass a function written over <see cref="IScalar{TSelf}"/>: <c>Of(Exp, 0, 5)</c> or
    /// <c>Of(x =&gt; 1 / (1 - x), 0, 5)</c>. Every function f applies on the way must be smooth at its argument: |x|
    /// written as √(x²) fails at 0, as it should, but so does x·√x at 0, which has a first derivative.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="f"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="a"/> is NaN or infinite, or f or one of its first n
    /// derivatives is not finite at a (1/x or ln x at 0).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="order"/> is negative.</exception>
    public static TaylorPolynomial Of(Func<PowerSeries, PowerSeries> f, double a, int order)
    {
        ArgumentNullException.ThrowIfNull(f);
        TaylorCheck.FinitePoint(a, nameof(a));
        Check.AtLeast(order, 0, nameof(order));
        var series = f(PowerSeries.Variable(a, order));

        // A function that ignores its argument returns a constant, a series of order 0: its other coefficients are 0.
        var coefficients = Enumerable.Range(0, order + 1).Select(k => series[k]).ToArray();
        TaylorCheck.FiniteCoefficients(coefficients, a, "f");
        return new TaylorPolynomial(a, coefficients);
    }

    /// <summary>Pₙ(x) = Σₖ₌₀ⁿ f⁽ᵏ⁾(0)/k! · xᵏ, the Maclaurin polynomial (about a = 0) of an expression.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="f"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="f"/> has more than one variable, or f or one of its first
    /// n derivatives is not finite at 0.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="order"/> is negative.</exception>
    public static TaylorPolynomial Maclaurin(Expr f, int order) => Of(f, 0, order);

    /// <summary>Pₙ(x) = Σₖ₌₀ⁿ f⁽ᵏ⁾(0)/k! · xᵏ, the Maclaurin polynomial of a function written over <see cref="IScalar{TSelf}"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="f"/> is null.</exception>
    /// <exception cref="ArgumentException">f or one of its first n derivatives is not finite at 0.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="order"/> is negative.</exception>
    public static TaylorPolynomial Maclaurin(Func<PowerSeries, PowerSeries> f, int order) => Of(f, 0, order);

    /// <summary>Pₙ(x) = c₀ + (x − a)(c₁ + (x − a)(c₂ + …)), by Horner's rule.</summary>
    public double Evaluate(double x)
    {
        var h = x - Centre;
        var value = 0.0;
        for (var k = Order; k >= 0; k--)
        {
            value = (value * h) + _coefficients[k];
        }

        return value;
    }

    /// <summary>f⁽ᵏ⁾(a) = k!·cₖ, the k-th derivative of f at a that the coefficient came from.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="k"/> is negative or above the order.</exception>
    public double Derivative(int k)
    {
        if (k < 0 || k > Order)
        {
            throw new ArgumentOutOfRangeException(nameof(k), k, $"k must be between 0 and the order {Order}.");
        }

        var factorial = 1.0;
        for (var i = 2; i <= k; i++)
        {
            factorial *= i;
        }

        return factorial * _coefficients[k];
    }

    /// <summary>Pₙ as an expression Σₖ cₖ·(x − a)ᵏ in ascending powers, left unsimplified so that it reads as a Taylor polynomial.</summary>
    /// <remarks>Terms with cₖ = 0 are left out. A coefficient that is a whole number over k! is written as a fraction
    /// (x⁵/120 rather than 0.00833x⁵); the numbers in <see cref="Coefficients"/> are not changed.</remarks>
    public Expr ToExpr()
    {
        var x = Expr.Variable(Variable);
        var step = Centre == 0 ? x : x - Centre;
        Expr? sum = null;
        for (var k = 0; k <= Order; k++)
        {
            if (_coefficients[k] == 0)
            {
                continue;
            }

            var term = k switch
            {
                0 => Expr.Constant(_coefficients[0]),
                _ => Term(k, k == 1 ? step : Expr.Pow(step, k)),
            };
            sum = sum is null ? term : sum + term;
        }

        return sum ?? Expr.Constant(0);
    }

    /// <summary>"P_{n}(x) = …" as LaTeX, e.g. <c>P_{2}(x) = 2 + \frac{x - 4}{4} - \frac{\left(x - 4\right)^{2}}{64}</c>.</summary>
    public string ToLatex() => $"P_{{{Order}}}({Variable}) = {ToExpr().ToLatex()}";

    /// <summary>"P_n(x) = …" as plain text, e.g. <c>P_2(x) = 2 + (x - 4)/4 - (x - 4)^2/64</c>.</summary>
    public override string ToString() => $"P_{Order}({Variable}) = {ToExpr()}";

    /// <summary>cₖ·power, with cₖ written as a fraction p/q when cₖ·k! is a whole number p (to rounding).</summary>
    private Expr Term(int k, Expr power)
    {
        var c = _coefficients[k];
        if (c == 1)
        {
            return power;
        }

        if (c == -1)
        {
            return -power;
        }

        if (k <= LargestExactFactorial && !double.IsInteger(c) && !NumberFormat.TryFraction(c, out _, out _))
        {
            var factorial = 1L;
            for (var i = 2; i <= k; i++)
            {
                factorial *= i;
            }

            // cₖ·k! = f⁽ᵏ⁾(a); when that is a whole number up to rounding (a few ulps), cₖ is exactly that over k!.
            var derivative = c * factorial;
            var whole = Math.Round(derivative);
            if (whole != 0 && Math.Abs(whole) <= LargestWholeNumerator
                && Math.Abs(derivative - whole) <= WholeNumberTolerance * Math.Abs(derivative))
            {
                var divisor = GreatestCommonDivisor((long)Math.Abs(whole), factorial);
                var numerator = (long)whole / divisor;
                var denominator = factorial / divisor;
                var fraction = numerator == 1 ? 1 / Expr.Constant(denominator) : Expr.Constant(numerator) / denominator;
                return fraction * power;
            }
        }

        return Expr.Constant(c) * power;
    }

    private static long GreatestCommonDivisor(long a, long b)
    {
        while (b != 0)
        {
            (a, b) = (b, a % b);
        }

        return a;
    }
}
