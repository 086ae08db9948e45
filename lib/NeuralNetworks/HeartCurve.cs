using MathNet.Numerics.LinearAlgebra;

namespace Calculus.NeuralNetworks;

/// <summary>
/// The heart curve x = 16 sin³t, y = 13 cos t − 5 cos 2t − 2 cos 3t − cos 4t for t from 0 to 2π: a target for a
/// network that learns the map t ↦ (x, y). Its points are shrunk into (0, 1), the range of a sigmoid output layer.
/// </summary>
public static class HeartCurve
{
    // x runs over [−16, 16] and y over [−17, 11.92]; one scale for both keeps the heart's shape, and the shift
    // centres it, leaving x in [0.1, 0.9] and y in [0.0875, 0.836], clear of the sigmoid's flat ends.
    private const double Scale = 1.0 / 40;
    private const double CentreY = -2.5;

    /// <summary>(x, y) = (16 sin³t, 13 cos t − 5 cos 2t − 2 cos 3t − cos 4t).</summary>
    public static (double X, double Y) Point(double t) =>
        (16 * Math.Pow(Math.Sin(t), 3), (13 * Math.Cos(t)) - (5 * Math.Cos(2 * t)) - (2 * Math.Cos(3 * t)) - Math.Cos(4 * t));

    /// <summary>(0.5 + x/40, 0.5 + (y + 2.5)/40): the heart curve's point at t, shrunk into (0, 1).</summary>
    public static (double X, double Y) ScaledPoint(double t)
    {
        var (x, y) = Point(t);
        return (0.5 + (Scale * x), 0.5 + (Scale * (y - CentreY)));
    }

    /// <summary>Inputs tₙ = 2πn/N (n = 0, …, N − 1) as a 1×N matrix, and the scaled points (xₙ, yₙ) as a 2×N target matrix.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="samples"/> is less than 1.</exception>
    public static (Matrix<double> Inputs, Matrix<double> Targets) TrainingData(int samples)
    {
        Check.AtLeast(samples, 1, nameof(samples));
        var inputs = Matrix<double>.Build.Dense(1, samples);
        var targets = Matrix<double>.Build.Dense(2, samples);
        for (var n = 0; n < samples; n++)
        {
            var t = 2 * Math.PI * n / samples;
            var (x, y) = ScaledPoint(t);
            inputs[0, n] = t;
            targets[0, n] = x;
            targets[1, n] = y;
        }

        return (inputs, targets);
    }
}
