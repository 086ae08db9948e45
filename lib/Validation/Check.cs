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

    /// <summary>Runs a user's function of a point, turning an index past the point's end into a message about dimensions.</summary>
    public static T Evaluate<T>(Func<T> evaluate, int dimension)
    {
        try
        {
            return evaluate();
        }
        catch (IndexOutOfRangeException e)
        {
            throw new ArgumentException($"The function read past the end of its {dimension}-dimensional point; does it expect more variables than the point has?", e);
        }
    }

    /// <summary>Throws unless a count is at least <paramref name="minimum"/>.</summary>
    public static void AtLeast(int value, int minimum, string name)
    {
        if (value < minimum)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be at least {minimum}; got {value}.");
        }
    }

    /// <summary>A number as a message shows it: "NaN", "+∞", "−∞" or its shortest round-trip digits.</summary>
    public static string Describe(double value) =>
        double.IsNaN(value) ? "NaN" : double.IsInfinity(value) ? (value > 0 ? "+∞" : "−∞") : value.ToString("R", CultureInfo.InvariantCulture);
}
