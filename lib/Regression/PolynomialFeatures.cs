using MathNet.Numerics.LinearAlgebra;

namespace Calculus.Regression;

/// <summary>
/// Polynomial features: the inputs x turned into columns 1, x, x², …, xᵈ, so that fitting a polynomial of degree d
/// becomes a linear least-squares fit (the model is still linear in its parameters).
/// </summary>
public static class PolynomialFeatures
{
    /// <summary>Xᵢⱼ = xᵢʲ for j = 0, 1, …, d: the n×(d + 1) design matrix with columns 1, x, x², …, xᵈ.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="x"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="x"/> is empty or has a NaN or infinite value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="degree"/> is negative.</exception>
    public static Matrix<double> Design(IReadOnlyList<double> x, int degree)
    {
        var inputs = DataCheck.FiniteValues(x, nameof(x));
        if (degree < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(degree), degree, $"A polynomial's degree must be 0 or more; got {degree}.");
        }

        var design = Matrix<double>.Build.Dense(inputs.Length, degree + 1);
        for (var i = 0; i < inputs.Length; i++)
        {
            var power = 1.0;
            for (var j = 0; j <= degree; j++)
            {
                design[i, j] = power;
                power *= inputs[i];
            }
        }

        return design;
    }

    /// <summary>p(x) = θ₀ + θ₁x + … + θ_d xᵈ, evaluated by Horner's rule θ₀ + x(θ₁ + x(θ₂ + …)).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="coefficients"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="coefficients"/> is empty.</exception>
    public static double Evaluate(IReadOnlyList<double> coefficients, double x)
    {
        ArgumentNullException.ThrowIfNull(coefficients);
        if (coefficients.Count == 0)
        {
            throw new ArgumentException("A polynomial needs at least one coefficient.", nameof(coefficients));
        }

        var value = 0.0;
        for (var j = coefficients.Count - 1; j >= 0; j--)
        {
            value = (value * x) + coefficients[j];
        }

        return value;
    }
}
