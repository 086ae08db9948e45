namespace Calculus;

/// <summary>
/// The elementary functions for any <see cref="IScalar{TSelf}"/>, so that a function written once reads like
/// mathematics: with <c>using static Calculus.Elementary;</c>, <c>Sin(x) * Exp(y)</c>.
/// </summary>
public static class Elementary
{
    /// <summary>xⁿ for a constant exponent n.</summary>
    public static T Pow<T>(T x, double n) where T : IScalar<T> => T.Pow(x, n);

    /// <summary>x², the square.</summary>
    public static T Square<T>(T x) where T : IScalar<T> => T.Pow(x, 2);

    /// <summary>√x.</summary>
    public static T Sqrt<T>(T x) where T : IScalar<T> => T.Sqrt(x);

    /// <summary>eˣ.</summary>
    public static T Exp<T>(T x) where T : IScalar<T> => T.Exp(x);

    /// <summary>ln x.</summary>
    public static T Log<T>(T x) where T : IScalar<T> => T.Log(x);

    /// <summary>sin x.</summary>
    public static T Sin<T>(T x) where T : IScalar<T> => T.Sin(x);

    /// <summary>cos x.</summary>
    public static T Cos<T>(T x) where T : IScalar<T> => T.Cos(x);

    /// <summary>tan x.</summary>
    public static T Tan<T>(T x) where T : IScalar<T> => T.Tan(x);

    /// <summary>σ(x) = 1 / (1 + e⁻ˣ), the logistic sigmoid.</summary>
    public static T Sigmoid<T>(T x) where T : IScalar<T> => 1.0 / (1.0 + T.Exp(-x));

    /// <summary>tanh x = (eˣ − e⁻ˣ) / (eˣ + e⁻ˣ).</summary>
    public static T Tanh<T>(T x) where T : IScalar<T>
    {
        var up = T.Exp(x);
        var down = T.Exp(-x);
        return (up - down) / (up + down);
    }
}
