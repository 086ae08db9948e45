using MathNet.Numerics.LinearAlgebra;

namespace Calculus.Automatic;

/// <summary>
/// Derivatives by reverse-mode automatic differentiation: run the function once on <see cref="TapeVariable"/>s,
/// recording it on a <see cref="Tape"/>, then one backward pass gives the derivative of the output with respect to
/// every input. The cost of a gradient stays a small multiple of one evaluation however many inputs there are,
/// which is why neural networks are trained this way (backpropagation).
/// </summary>
public static class ReverseMode
{
    /// <summary>f'(x) by one recording and one backward pass.</summary>
    /// <exception cref="ArgumentException"><paramref name="x"/> is NaN or infinite.</exception>
    public static double Derivative(Func<TapeVariable, TapeVariable> f, double x)
    {
        Check.Finite(x, nameof(x));
        var tape = new Tape();
        var input = tape.Variable(x);
        return tape.Gradient(f(input), [input])[0];
    }

    /// <summary>∇f(x) by one recording and one backward pass.</summary>
    /// <exception cref="ArgumentException"><paramref name="x"/> is empty or not finite.</exception>
    public static Vector<double> Gradient(Func<TapeVariable[], TapeVariable> f, IReadOnlyList<double> x) =>
        ValueAndGradient(f, x).Gradient;

    /// <summary>f(x) and ∇f(x) together, from the same recording.</summary>
    /// <exception cref="ArgumentException"><paramref name="x"/> is empty or not finite.</exception>
    public static (double Value, Vector<double> Gradient) ValueAndGradient(Func<TapeVariable[], TapeVariable> f, IReadOnlyList<double> x)
    {
        var tape = new Tape();
        var inputs = tape.Variables(Check.Point(x, nameof(x)));
        var output = Check.Evaluate(() => f(inputs), inputs.Length);
        return (output.Value, tape.Gradient(output, inputs));
    }

    /// <summary>J(x), Jᵢⱼ = ∂fᵢ/∂xⱼ: one recording, then one backward pass per output, each giving row i.</summary>
    /// <exception cref="ArgumentException"><paramref name="x"/> is empty or not finite.</exception>
    public static Matrix<double> Jacobian(Func<TapeVariable[], TapeVariable[]> f, IReadOnlyList<double> x)
    {
        var tape = new Tape();
        var inputs = tape.Variables(Check.Point(x, nameof(x)));
        var outputs = Check.Evaluate(() => f(inputs), inputs.Length);
        var jacobian = Matrix<double>.Build.Dense(outputs.Length, inputs.Length);
        for (var i = 0; i < outputs.Length; i++)
        {
            jacobian.SetRow(i, tape.Gradient(outputs[i], inputs));
        }

        return jacobian;
    }
}
