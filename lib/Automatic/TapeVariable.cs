using System.Globalization;

namespace Calculus.Automatic;

/// <summary>
/// A value computed on a <see cref="Tape"/>: every operation on it is recorded with its local partial derivatives,
/// so that <see cref="Tape.Backward"/> can later send derivatives back from the output to the inputs. Plain numbers
/// mixed in are constants and are not recorded.
/// </summary>
public readonly struct TapeVariable : IScalar<TapeVariable>
{
    internal TapeVariable(Tape? tape, int index, double value)
    {
        Tape = tape;
        Index = index;
        Value = value;
    }

    /// <summary>The value.</summary>
    public double Value { get; }

    /// <summary>The tape this value was recorded on; null for a constant.</summary>
    internal Tape? Tape { get; }

    /// <summary>Its position on the tape.</summary>
    internal int Index { get; }

    /// <summary>A constant: not recorded, derivative 0.</summary>
    public static TapeVariable Constant(double value) => new(null, -1, value);

    /// <summary>A constant, so that plain numbers mix with tape variables.</summary>
    public static implicit operator TapeVariable(double value) => Constant(value);

    /// <summary>u + v; ∂/∂u = 1, ∂/∂v = 1.</summary>
    public static TapeVariable operator +(TapeVariable u, TapeVariable v) => Binary(u, v, u.Value + v.Value, 1, 1);

    /// <summary>u + c.</summary>
    public static TapeVariable operator +(TapeVariable u, double c) => Unary(u, u.Value + c, 1);

    /// <summary>c + u.</summary>
    public static TapeVariable operator +(double c, TapeVariable u) => Unary(u, c + u.Value, 1);

    /// <summary>u − v; ∂/∂u = 1, ∂/∂v = −1.</summary>
    public static TapeVariable operator -(TapeVariable u, TapeVariable v) => Binary(u, v, u.Value - v.Value, 1, -1);

    /// <summary>u − c.</summary>
    public static TapeVariable operator -(TapeVariable u, double c) => Unary(u, u.Value - c, 1);

    /// <summary>c − u.</summary>
    public static TapeVariable operator -(double c, TapeVariable u) => Unary(u, c - u.Value, -1);

    /// <summary>−u; d/du = −1.</summary>
    public static TapeVariable operator -(TapeVariable u) => Unary(u, -u.Value, -1);

    /// <summary>u·v; ∂/∂u = v, ∂/∂v = u.</summary>
    public static TapeVariable operator *(TapeVariable u, TapeVariable v) => Binary(u, v, u.Value * v.Value, v.Value, u.Value);

    /// <summary>c·u.</summary>
    public static TapeVariable operator *(TapeVariable u, double c) => Unary(u, u.Value * c, c);

    /// <summary>c·u.</summary>
    public static TapeVariable operator *(double c, TapeVariable u) => Unary(u, c * u.Value, c);

    /// <summary>u/v; ∂/∂u = 1/v, ∂/∂v = −u/v².</summary>
    public static TapeVariable operator /(TapeVariable u, TapeVariable v) =>
        Binary(u, v, u.Value / v.Value, 1 / v.Value, -u.Value / (v.Value * v.Value));

    /// <summary>u / c.</summary>
    public static TapeVariable operator /(TapeVariable u, double c) => Unary(u, u.Value / c, 1 / c);

    /// <summary>c / u; d/du = −c/u².</summary>
    public static TapeVariable operator /(double c, TapeVariable u) => Unary(u, c / u.Value, -c / (u.Value * u.Value));

    /// <summary>uⁿ; d/du = n·uⁿ⁻¹.</summary>
    public static TapeVariable Pow(TapeVariable u, double n) =>
        Unary(u, Math.Pow(u.Value, n), n == 0 ? 0 : n * Math.Pow(u.Value, n - 1));

    /// <summary>√u; d/du = 1/(2√u).</summary>
    public static TapeVariable Sqrt(TapeVariable u)
    {
        var root = Math.Sqrt(u.Value);
        return Unary(u, root, 0.5 / root);
    }

    /// <summary>eᵘ; d/du = eᵘ.</summary>
    public static TapeVariable Exp(TapeVariable u)
    {
        var exp = Math.Exp(u.Value);
        return Unary(u, exp, exp);
    }

    /// <summary>ln u; d/du = 1/u.</summary>
    public static TapeVariable Log(TapeVariable u) => Unary(u, Math.Log(u.Value), 1 / u.Value);

    /// <summary>sin u; d/du = cos u.</summary>
    public static TapeVariable Sin(TapeVariable u) => Unary(u, Math.Sin(u.Value), Math.Cos(u.Value));

    /// <summary>cos u; d/du = −sin u.</summary>
    public static TapeVariable Cos(TapeVariable u) => Unary(u, Math.Cos(u.Value), -Math.Sin(u.Value));

    /// <summary>tan u; d/du = 1/cos²u.</summary>
    public static TapeVariable Tan(TapeVariable u)
    {
        var cos = Math.Cos(u.Value);
        return Unary(u, Math.Tan(u.Value), 1 / (cos * cos));
    }

    /// <summary>The value, and its place on the tape.</summary>
    public override string ToString() => Tape is null
        ? Value.ToString(CultureInfo.InvariantCulture) + " (constant)"
        : string.Create(CultureInfo.InvariantCulture, $"{Value} (tape #{Index})");

    private static TapeVariable Unary(TapeVariable u, double value, double partial) =>
        u.Tape is null ? Constant(value) : u.Tape.Record(value, u.Index, partial, -1, 0);

    private static TapeVariable Binary(TapeVariable u, TapeVariable v, double value, double partialU, double partialV)
    {
        if (u.Tape is null)
        {
            return Unary(v, value, partialV);
        }

        if (v.Tape is null)
        {
            return Unary(u, value, partialU);
        }

        if (!ReferenceEquals(u.Tape, v.Tape))
        {
            throw new InvalidOperationException("These two variables were recorded on different tapes; compute a function's values on one tape.");
        }

        return u.Tape.Record(value, u.Index, partialU, v.Index, partialV);
    }
}
