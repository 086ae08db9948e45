using Calculus.Symbolic;
using MathNet.Numerics.LinearAlgebra;

namespace Calculus.Exercises;

/// <summary>
/// A learner's answer to a drill, in whichever form the drill asks for: text such as <c>"2*x*cos(x^2)"</c>, an
/// <see cref="Expr"/>, a number, a vector (<c>double[]</c>), a matrix, or an option's letter such as <c>"B"</c>. C#
/// converts each of these to an <see cref="Answer"/> by itself, so a drill is answered as <c>drill.Check("15*x^4")</c>.
/// </summary>
public sealed class Answer
{
    private Answer(object? value)
    {
        Value = value;
    }

    /// <summary>The placeholder in a learner copy's drill cell: not answered yet.</summary>
    public static Answer Todo { get; } = new(null);

    /// <summary>The answer as given: a string, an <see cref="Expr"/>, a double, a double[] or a matrix; null for <see cref="Todo"/>.</summary>
    public object? Value { get; }

    /// <summary>Whether this is the unanswered placeholder.</summary>
    public bool IsTodo => Value is null;

    /// <summary>An answer written as text: an expression, or an option's letter.</summary>
    public static implicit operator Answer(string text) => new(text ?? throw new ArgumentNullException(nameof(text)));

    /// <summary>An answer as an expression.</summary>
    public static implicit operator Answer(Expr expression) => new(expression ?? throw new ArgumentNullException(nameof(expression)));

    /// <summary>An answer that is a number.</summary>
    public static implicit operator Answer(double number) => new(number);

    /// <summary>An answer that is a whole number (a count, or an option's number counted from 1).</summary>
    public static implicit operator Answer(int number) => new((double)number);

    /// <summary>An answer that is a vector.</summary>
    public static implicit operator Answer(double[] vector) => new(vector ?? throw new ArgumentNullException(nameof(vector)));

    /// <summary>An answer that is a vector of whole numbers, as <c>new[] { 0, -9 }</c> makes: read as doubles.</summary>
    public static implicit operator Answer(int[] vector) => new((vector ?? throw new ArgumentNullException(nameof(vector))).Select(v => (double)v).ToArray());

    /// <summary>An answer that is a matrix, written as a C# array: <c>new double[,] { { 2, 0 }, { 0, 6 } }</c>.</summary>
    public static implicit operator Answer(double[,] matrix) => new(Matrix<double>.Build.DenseOfArray(matrix ?? throw new ArgumentNullException(nameof(matrix))));

    /// <summary>An answer that is a matrix of whole numbers, as <c>new[,] { { 2, 0 }, { 0, 6 } }</c> makes: read as doubles.</summary>
    public static implicit operator Answer(int[,] matrix) => new(Matrix<double>.Build.Dense(
        (matrix ?? throw new ArgumentNullException(nameof(matrix))).GetLength(0), matrix.GetLength(1), (i, j) => matrix[i, j]));

    /// <summary>An answer that is a MathNet matrix.</summary>
    public static implicit operator Answer(Matrix<double> matrix) => new(matrix ?? throw new ArgumentNullException(nameof(matrix)));

    /// <summary>The answer as the learner would read it back.</summary>
    public override string ToString() => Value switch
    {
        null => "(not answered)",
        double number => Checks.Show(number),
        double[] vector => Checks.Show(vector),
        Matrix<double> matrix => "[" + string.Join("; ", matrix.EnumerateRows().Select(r => string.Join(", ", r.Select(Checks.Show)))) + "]",
        _ => Value.ToString() ?? string.Empty,
    };
}
