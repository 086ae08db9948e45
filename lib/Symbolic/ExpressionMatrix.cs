using System.Text;
using Calculus.Display;
using MathNet.Numerics.LinearAlgebra;

namespace Calculus.Symbolic;

/// <summary>A table of expressions, such as a Jacobian J[i, j] = ∂fᵢ/∂xⱼ or a Hessian H[i, j] = ∂²f/∂xᵢ∂xⱼ.</summary>
/// <remarks>Evaluates to a MathNet <see cref="Matrix{T}"/> at a point.</remarks>
[TypeFormatterSource(typeof(MathFormatterSource), PreferredMimeTypes = [MathFormatterSource.LatexMimeType, MathFormatterSource.PlainTextMimeType])]
public sealed class ExpressionMatrix : ITypeset
{
    private readonly Expr[,] _entries;

    /// <summary>The matrix with the given entries (copied).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="entries"/> has no rows or no columns.</exception>
    public ExpressionMatrix(Expr[,] entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        if (entries.GetLength(0) == 0 || entries.GetLength(1) == 0)
        {
            throw new ArgumentException("A matrix needs at least one row and one column.", nameof(entries));
        }

        _entries = (Expr[,])entries.Clone();
        foreach (var entry in _entries)
        {
            if (entry is null)
            {
                throw new ArgumentNullException(nameof(entries), "A matrix's entries cannot be null.");
            }
        }
    }

    /// <summary>The number of rows.</summary>
    public int RowCount => _entries.GetLength(0);

    /// <summary>The number of columns.</summary>
    public int ColumnCount => _entries.GetLength(1);

    /// <summary>The entry in row <paramref name="row"/> and column <paramref name="column"/> (0-based).</summary>
    /// <exception cref="IndexOutOfRangeException">The row or the column is out of range.</exception>
    public Expr this[int row, int column] => _entries[row, column];

    /// <summary>The matrix's value at the point where each variable has its value in <paramref name="values"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    /// <exception cref="ArgumentException">A variable of an entry has no value, or a value that is NaN or infinite.</exception>
    public Matrix<double> Evaluate(IReadOnlyDictionary<string, double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return Matrix<double>.Build.Dense(RowCount, ColumnCount, (i, j) => _entries[i, j].Evaluate(values));
    }

    /// <summary>The matrix's value at a point given as (name, value) pairs: <c>h.Evaluate(("x", 1.0), ("y", 1.0))</c>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    /// <exception cref="ArgumentException">A name is given twice, or a variable of an entry has no value or a value
    /// that is NaN or infinite.</exception>
    public Matrix<double> Evaluate(params (string Name, double Value)[] values) =>
        Evaluate(VariableValues.FromPairs(values));

    /// <summary>The matrix as text, one row per line: <c>[2 - 400*y + 1200*x^2, -400*x]</c>.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        for (var i = 0; i < RowCount; i++)
        {
            if (i > 0)
            {
                text.AppendLine();
            }

            var row = Enumerable.Range(0, ColumnCount).Select(j => _entries[i, j].ToString());
            text.Append('[').Append(string.Join(", ", row)).Append(']');
        }

        return text.ToString();
    }

    /// <summary>The matrix as LaTeX: <c>\begin{pmatrix} a &amp; b \\ c &amp; d \end{pmatrix}</c>.</summary>
    public string ToLatex()
    {
        var rows = Enumerable.Range(0, RowCount).Select(i =>
            string.Join(" & ", Enumerable.Range(0, ColumnCount).Select(j => _entries[i, j].ToLatex())));
        return $"\\begin{{pmatrix}} {string.Join(" \\\\ ", rows)} \\end{{pmatrix}}";
    }
}
