using Calculus.Regression;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.Random;

namespace Calculus.Tests.Regression;

/// <summary>
/// Seeded data for the regression tests: a model's values at chosen x plus Gaussian noise of the stated σᵢ, from
/// MathNet's Mersenne Twister, so every run sees the same numbers.
/// </summary>
internal static class SyntheticData
{
    /// <summary>The true line of <see cref="Line"/>: y = 2 + 0.5x.</summary>
    public const double LineIntercept = 2.0;
    public const double LineSlope = 0.5;

    /// <summary>The true Gaussian of <see cref="Heights"/>: A = 40 people per bin, μ = 170 cm, s = 6 cm.</summary>
    public static readonly double[] HeightsTruth = [40, 170, 6];

    /// <summary>Ten points on y = 2 + 0.5x, x = 0…9, with σᵢ = 0.3 + 0.05x growing along the line.</summary>
    public static Measurements Line(int seed = 1)
    {
        var x = Enumerable.Range(0, 10).Select(i => (double)i).ToArray();
        var sigma = x.Select(xi => 0.3 + (0.05 * xi)).ToArray();
        return Noisy(x, xi => LineIntercept + (LineSlope * xi), sigma, seed);
    }

    /// <summary>A histogram-like bell: 17 bins of height x = 150, 152.5, …, 190 cm, counts from the Gaussian
    /// <see cref="HeightsTruth"/> with Poisson-like uncertainties σᵢ = √(f(xᵢ) + 1).</summary>
    public static Measurements Heights(int seed = 7)
    {
        var x = Enumerable.Range(0, 17).Select(i => 150 + (2.5 * i)).ToArray();
        var model = ParametricModel.Gaussian();
        var sigma = x.Select(xi => Math.Sqrt(model.Value(xi, HeightsTruth) + 1)).ToArray();
        return Noisy(x, xi => model.Value(xi, HeightsTruth), sigma, seed);
    }

    /// <summary>yᵢ = f(xᵢ) + a sample of N(0, σᵢ²).</summary>
    public static Measurements Noisy(double[] x, Func<double, double> f, double[] sigma, int seed)
    {
        var random = new MersenneTwister(seed);
        var y = x.Select((xi, i) => f(xi) + Normal.Sample(random, 0, sigma[i])).ToArray();
        return new Measurements(x, y, sigma);
    }
}
