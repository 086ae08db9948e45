using System.Globalization;

namespace Calculus;

/// <summary>
/// A plain real number as an <see cref="IScalar{TSelf}"/>: evaluating a function written over
/// <c>IScalar</c> with <c>Real</c> gives its value and nothing else. Converts to and from <see cref="double"/>
/// implicitly, so <c>double y = F&lt;Real&gt;(2.0);</c> works.
/// </summary>
/// <param name="Value">The number.</param>
public readonly record struct Real(double Value) : IScalar<Real>
{
    /// <summary>A function written over <see cref="IScalar{TSelf}"/> as a plain function of doubles: <c>Real.AsFunction(F&lt;Real&gt;)</c>.</summary>
    public static Func<double, double> AsFunction(Func<Real, Real> f) => x => f(new Real(x));

    /// <summary>A function of several variables written over <see cref="IScalar{TSelf}"/> as a plain function of a double array.</summary>
    public static Func<double[], double> AsFunction(Func<Real[], Real> f) => x => f(Array.ConvertAll(x, value => new Real(value)));

    /// <summary>A vector function written over <see cref="IScalar{TSelf}"/> as a plain function of a double array.</summary>
    public static Func<double[], double[]> AsFunction(Func<Real[], Real[]> f) =>
        x => Array.ConvertAll(f(Array.ConvertAll(x, value => new Real(value))), value => value.Value);

    /// <summary>Wraps a double.</summary>
    public static implicit operator Real(double value) => new(value);

    /// <summary>Unwraps to a double.</summary>
    public static implicit operator double(Real value) => value.Value;

    /// <inheritdoc/>
    public static Real Constant(double value) => new(value);

    /// <summary>a + b.</summary>
    public static Real operator +(Real a, Real b) => new(a.Value + b.Value);

    /// <summary>a + c.</summary>
    public static Real operator +(Real a, double c) => new(a.Value + c);

    /// <summary>c + a.</summary>
    public static Real operator +(double c, Real a) => new(c + a.Value);

    /// <summary>a − b.</summary>
    public static Real operator -(Real a, Real b) => new(a.Value - b.Value);

    /// <summary>a − c.</summary>
    public static Real operator -(Real a, double c) => new(a.Value - c);

    /// <summary>c − a.</summary>
    public static Real operator -(double c, Real a) => new(c - a.Value);

    /// <summary>−a.</summary>
    public static Real operator -(Real a) => new(-a.Value);

    /// <summary>a · b.</summary>
    public static Real operator *(Real a, Real b) => new(a.Value * b.Value);

    /// <summary>a · c.</summary>
    public static Real operator *(Real a, double c) => new(a.Value * c);

    /// <summary>c · a.</summary>
    public static Real operator *(double c, Real a) => new(c * a.Value);

    /// <summary>a / b.</summary>
    public static Real operator /(Real a, Real b) => new(a.Value / b.Value);

    /// <summary>a / c.</summary>
    public static Real operator /(Real a, double c) => new(a.Value / c);

    /// <summary>c / a.</summary>
    public static Real operator /(double c, Real a) => new(c / a.Value);

    /// <inheritdoc/>
    public static Real Pow(Real x, double n) => new(Math.Pow(x.Value, n));

    /// <inheritdoc/>
    public static Real Sqrt(Real x) => new(Math.Sqrt(x.Value));

    /// <inheritdoc/>
    public static Real Exp(Real x) => new(Math.Exp(x.Value));

    /// <inheritdoc/>
    public static Real Log(Real x) => new(Math.Log(x.Value));

    /// <inheritdoc/>
    public static Real Sin(Real x) => new(Math.Sin(x.Value));

    /// <inheritdoc/>
    public static Real Cos(Real x) => new(Math.Cos(x.Value));

    /// <inheritdoc/>
    public static Real Tan(Real x) => new(Math.Tan(x.Value));

    /// <summary>The number in invariant culture, e.g. "2.5".</summary>
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}
