using System.Globalization;

namespace Calculus;

/// <summary>The library's argument checks, each with a message that says what was wrong and where.</summary>
internal static class Check
{
    /// <summary>Throws unless <paramref name="value"/> is a finite number.</summary>
    public static void Finite(double value, string name)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentException($"{name} is {Describe(value)}; a derivative needs a finite point.", name);
        }
    }

    /// <summary>Throws unless every component is finite and there is at least one; returns a copy.</summary>
    public static double[] Point(IReadOnlyList<double> point, string name)
    {
        if (point.Count == 0)
        {
            throw new ArgumentException($"{name} is empty; expected a point with at least one coordinate.", name);
        }

        var copy = new double[point.Count];
        for (var i = 0; i < point.Count; i++)
        {
            if (!double.IsFinite(point[i]))
            {
                throw new ArgumentException($"{name}[{i}] is {Describe(point[i])}; a derivative needs a finite point.", name);
            }

            copy[i] = point[i];
        }

        return copy;
    }

    /// <summary>Throws unless the step h is positive and finite.</summary>
    public static void Step(double h, string name)
    {
        if (!(h > 0) || !double.IsFinite(h))
        {
            throw new ArgumentOutOfRangeException(name, h, $"The step {name} must be a positive finite number; got {Describe(h)}.");
        }
    }

    /// <summary>Throws unless a vector has the length a function expects.</summary>
    public static void Length(int actual, int expected, string name, string what)
    {
        if (actual != expected)
        {
            throw new ArgumentException($"{name} has {actual} components but {what} has {expected}.", name);
        }
    }

    private static string Describe(double value) =>
        double.IsNaN(value) ? "NaN" : double.IsInfinity(value) ? (value > 0 ? "+∞" : "−∞") : value.ToString("R", CultureInfo.InvariantCulture);
}
