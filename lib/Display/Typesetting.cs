using System.Globalization;
using MathNet.Numerics.LinearAlgebra;

namespace Calculus.Display;

/// <summary>
/// Numbers, vectors and matrices (MathNet's included) as typeset maths: <c>gradient.Typeset()</c> displays
/// the column vector <c>\begin{pmatrix} … \end{pmatrix}</c> in a notebook.
/// </summary>
public static class Typesetting
{
    /// <summary>Significant digits shown unless a call says otherwise.</summary>
    public const int DefaultDigits = 6;

    /// <summary>A number in LaTeX with at most <paramref name="digits"/> significant digits: 1.5, -0.000123, 1.2 \times 10^{-9}.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="digits"/> is not between 1 and 17.</exception>
    public static string Number(double value, int digits = DefaultDigits)
    {
        if (digits is < 1 or > 17)
        {
            throw new ArgumentOutOfRangeException(nameof(digits), digits, "A double has between 1 and 17 significant digits.");
        }

        if (double.IsNaN(value))
        {
            return @"\mathrm{NaN}";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? @"\infty" : @"-\infty";
        }

        var text = value.ToString("G" + digits, CultureInfo.InvariantCulture);
        var exponent = text.IndexOf('E');
        if (exponent < 0)
        {
            return text;
        }

        var mantissa = text[..exponent];
        var power = int.Parse(text[(exponent + 1)..], CultureInfo.InvariantCulture);
        return $@"{mantissa} \times 10^{{{power}}}";
    }

    /// <summary>A column vector (v₁, …, vₙ)ᵀ as maths.</summary>
    public static Latex Typeset(this Vector<double> vector, int digits = DefaultDigits) =>
        Column(vector.ToArray(), digits);

    /// <summary>A column vector of numbers as maths.</summary>
    public static Latex Column(IReadOnlyList<double> values, int digits = DefaultDigits) =>
        new(
            @"\begin{pmatrix} " + string.Join(@" \\ ", values.Select(v => Number(v, digits))) + @" \end{pmatrix}",
            "(" + string.Join(", ", values.Select(v => v.ToString("G" + digits, CultureInfo.InvariantCulture))) + ")");

    /// <summary>A matrix as maths, row by row.</summary>
    public static Latex Typeset(this Matrix<double> matrix, int digits = DefaultDigits)
    {
        var rows = Enumerable.Range(0, matrix.RowCount)
            .Select(i => Enumerable.Range(0, matrix.ColumnCount).Select(j => matrix[i, j]).ToList())
            .ToList();
        var latex = @"\begin{pmatrix} "
            + string.Join(@" \\ ", rows.Select(row => string.Join(" & ", row.Select(v => Number(v, digits)))))
            + @" \end{pmatrix}";
        var plain = string.Join("\n", rows.Select(row => "[ " + string.Join(", ", row.Select(v => v.ToString("G" + digits, CultureInfo.InvariantCulture))) + " ]"));
        return new Latex(latex, plain);
    }

    /// <summary>An equation "name = value" as maths, e.g. <c>Typesetting.Equation(@"\nabla f(1, 1)", gradient.Typeset())</c>.</summary>
    public static Latex Equation(string leftLatex, ITypeset right) =>
        new($"{leftLatex} = {right.ToLatex()}", $"{leftLatex} = {right}");
}
