using MathNet.Numerics.LinearAlgebra;

namespace Calculus.Optimisation;

/// <summary>The optimisers' argument checks, each with a message that says what was wrong and where.</summary>
internal static class OptimisationCheck
{
    /// <summary>Throws unless the starting value x₀ is a finite number.</summary>
    public static void FiniteStart(double start, string name)
    {
        if (!double.IsFinite(start))
        {
            throw new ArgumentException($"{name} is {Check.Describe(start)}; an iteration needs a finite starting point.", name);
        }
    }

    /// <summary>Throws unless the starting point has at least one coordinate and all are finite; returns it as a vector.</summary>
    public static Vector<double> StartPoint(IEnumerable<double> start, string name)
    {
        ArgumentNullException.ThrowIfNull(start, name);
        var coordinates = start.ToArray();
        if (coordinates.Length == 0)
        {
            throw new ArgumentException($"{name} is empty; an optimiser needs a starting point with at least one coordinate.", name);
        }

        for (var i = 0; i < coordinates.Length; i++)
        {
            if (!double.IsFinite(coordinates[i]))
            {
                throw new ArgumentException($"{name}[{i}] is {Check.Describe(coordinates[i])}; a starting point must be finite.", name);
            }
        }

        return Vector<double>.Build.Dense(coordinates);
    }

    /// <summary>Throws unless a step size, tolerance or radius is positive and finite.</summary>
    public static void Positive(double value, string name)
    {
        if (!(value > 0) || !double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be a positive finite number; got {Check.Describe(value)}.");
        }
    }

    /// <summary>Throws unless <paramref name="lower"/> ≤ value &lt; 1 (or <paramref name="lower"/> &lt; value &lt; 1 when <paramref name="lowerIncluded"/> is false).</summary>
    public static void Fraction(double value, string name, double lower, bool lowerIncluded)
    {
        var aboveLower = lowerIncluded ? value >= lower : value > lower;
        if (!aboveLower || !(value < 1))
        {
            var interval = lowerIncluded ? $"[{lower}, 1)" : $"({lower}, 1)";
            throw new ArgumentOutOfRangeException(name, value, $"{name} must lie in {interval}; got {Check.Describe(value)}.");
        }
    }

    /// <summary>Throws unless the iteration limit is at least 1.</summary>
    public static void MaxIterations(int maxIterations, string name)
    {
        if (maxIterations < 1)
        {
            throw new ArgumentOutOfRangeException(name, maxIterations, $"{name} must be at least 1; got {maxIterations}.");
        }
    }

}
