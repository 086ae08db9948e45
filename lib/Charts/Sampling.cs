namespace Calculus.Charts;

/// <summary>Evenly spaced samples of a range, and of a function over a range or a grid, for charts.</summary>
public static class Sampling
{
    /// <summary>n evenly spaced values from <paramref name="from"/> to <paramref name="to"/>, both included.</summary>
    /// <exception cref="ArgumentException">The ends are not finite, equal, or n &lt; 2.</exception>
    public static double[] Linspace(double from, double to, int n)
    {
        if (!double.IsFinite(from) || !double.IsFinite(to) || from == to)
        {
            throw new ArgumentException($"The range [{from}, {to}] must have two different finite ends.");
        }

        if (n < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(n), n, "A range needs at least 2 points.");
        }

        return Enumerable.Range(0, n).Select(i => from + ((to - from) * i / (n - 1))).ToArray();
    }

    /// <summary>f at each x; a value that throws or is not finite becomes NaN, a gap in the chart.</summary>
    public static double[] Evaluate(Func<double, double> f, double[] xs) => xs.Select(x => Safely(() => f(x))).ToArray();

    /// <summary>z = f(x, y) on an n×n grid over the rectangle: z[i][j] = f(x[j], y[i]).</summary>
    /// <exception cref="ArgumentException">A range is empty or not finite.</exception>
    public static (double[] X, double[] Y, double[][] Z) Grid(Func<double, double, double> f, (double From, double To) x, (double From, double To) y, int n)
    {
        var xs = Linspace(x.From, x.To, n);
        var ys = Linspace(y.From, y.To, n);
        var zs = ys.Select(yi => xs.Select(xj => Safely(() => f(xj, yi))).ToArray()).ToArray();
        return (xs, ys, zs);
    }

    private static double Safely(Func<double> value)
    {
        try
        {
            var result = value();
            return double.IsFinite(result) ? result : double.NaN;
        }
        catch (ArithmeticException)
        {
            return double.NaN;
        }
    }
}
