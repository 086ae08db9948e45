namespace Calculus.Benchmarks;

/// <summary>The n-dimensional Rosenbrock function f(x) = Σᵢ 100(xᵢ₊₁ − xᵢ²)² + (1 − xᵢ)², written once over any number type.</summary>
internal static class ChainedRosenbrock
{
    public static T Value<T>(T[] x) where T : IScalar<T>
    {
        var sum = T.Constant(0);
        for (var i = 0; i < x.Length - 1; i++)
        {
            var valley = x[i + 1] - (x[i] * x[i]);
            var slope = 1.0 - x[i];
            sum = sum + (100.0 * valley * valley) + (slope * slope);
        }

        return sum;
    }

    /// <summary>A fixed, varied starting point: xᵢ = 0.5 + 0.1·sin(i).</summary>
    public static double[] Point(int n) => Enumerable.Range(0, n).Select(i => 0.5 + (0.1 * Math.Sin(i))).ToArray();
}
