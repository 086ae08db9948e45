namespace Calculus.Regression;

/// <summary>The checks on data for a fit, each with a message that says what was wrong and where.</summary>
internal static class DataCheck
{
    /// <summary>Throws unless the list has at least one value and every value is finite; returns a copy.</summary>
    public static double[] FiniteValues(IReadOnlyList<double> values, string name)
    {
        ArgumentNullException.ThrowIfNull(values, name);
        if (values.Count == 0)
        {
            throw new ArgumentException($"{name} is empty; a fit needs at least one data point.", name);
        }

        var copy = new double[values.Count];
        for (var i = 0; i < values.Count; i++)
        {
            if (!double.IsFinite(values[i]))
            {
                throw new ArgumentException($"{name}[{i}] is {Check.Describe(values[i])}; every data value must be a finite number.", name);
            }

            copy[i] = values[i];
        }

        return copy;
    }

    /// <summary>Throws unless every uncertainty σᵢ is positive and finite; returns a copy.</summary>
    public static double[] Uncertainties(IReadOnlyList<double> sigma, string name)
    {
        ArgumentNullException.ThrowIfNull(sigma, name);
        var copy = new double[sigma.Count];
        for (var i = 0; i < sigma.Count; i++)
        {
            if (!(sigma[i] > 0) || !double.IsFinite(sigma[i]))
            {
                throw new ArgumentException($"{name}[{i}] is {Check.Describe(sigma[i])}; every uncertainty σᵢ must be positive and finite, since χ² divides by it.", name);
            }

            copy[i] = sigma[i];
        }

        return copy;
    }

    /// <summary>Throws unless two lists of data have the same length.</summary>
    public static void SameLength(int expected, string expectedName, int actual, string actualName)
    {
        if (expected != actual)
        {
            throw new ArgumentException($"{actualName} has {actual} values but {expectedName} has {expected}; each data point needs one of each.", actualName);
        }
    }

    /// <summary>Throws unless there are at least as many data points as parameters.</summary>
    public static void EnoughPoints(int points, int parameters, string name)
    {
        if (points < parameters)
        {
            throw new ArgumentException($"There are {points} data points but {parameters} parameters; a fit needs at least as many points as parameters.", name);
        }
    }

    /// <summary>Throws unless the starting parameters have one finite value per parameter; returns a copy.</summary>
    public static double[] Start(IReadOnlyList<double> start, IReadOnlyList<string> names, string name)
    {
        ArgumentNullException.ThrowIfNull(start, name);
        if (start.Count != names.Count)
        {
            throw new ArgumentException($"{name} has {start.Count} values but the model has {names.Count} parameters ({string.Join(", ", names)}).", name);
        }

        var copy = new double[start.Count];
        for (var j = 0; j < start.Count; j++)
        {
            if (!double.IsFinite(start[j]))
            {
                throw new ArgumentException($"{name}[{j}] (parameter {names[j]}) is {Check.Describe(start[j])}; parameters must be finite.", name);
            }

            copy[j] = start[j];
        }

        return copy;
    }

    /// <summary>Throws unless a tolerance is positive and finite.</summary>
    public static void Tolerance(double tolerance, string name)
    {
        if (!(tolerance > 0) || !double.IsFinite(tolerance))
        {
            throw new ArgumentOutOfRangeException(name, tolerance, $"{name} must be a positive finite number; got {Check.Describe(tolerance)}.");
        }
    }


    /// <summary>Parameters as text, "(A = 1, μ = 2)".</summary>
    public static string DescribeParameters(IReadOnlyList<string> names, IReadOnlyList<double> values) =>
        "(" + string.Join(", ", names.Select((n, j) => $"{n} = {Check.Describe(values[j])}")) + ")";
}
