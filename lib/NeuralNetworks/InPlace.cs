using MathNet.Numerics.LinearAlgebra;

namespace Calculus.NeuralNetworks;

/// <summary>
/// The matrix products and entry-by-entry maps of training, written as plain loops into a matrix made beforehand,
/// so that a training iteration allocates nothing. MathNet's own <c>Multiply(other, result)</c> copies every column
/// of its right-hand matrix into a new array on each call (about 8 KB for a 7×6 times 6×100 product), and
/// <c>Map(f, result)</c> allocates a closure; its element-wise <c>Add</c>, <c>Subtract</c>, <c>PointwiseMultiply</c> and
/// <c>Multiply(scalar, result)</c> allocate nothing and are used directly. Every matrix here is dense and stored column
/// by column: entry (i, j) of an m-row matrix is at index j·m + i.
/// </summary>
internal static class InPlace
{
    /// <summary>result = a·b for dense matrices, a m×k and b k×n.</summary>
    public static void Multiply(Matrix<double> a, Matrix<double> b, Matrix<double> result)
    {
        var (m, k, n) = (a.RowCount, a.ColumnCount, b.ColumnCount);
        var aValues = Values(a);
        var bValues = Values(b);
        var resultValues = Values(result);
        Array.Clear(resultValues);
        for (var p = 0; p < k; p++)
        {
            for (var i = 0; i < m; i++)
            {
                // Row i of a·b gets a[i, p] times row p of b: entry (i, j) is at j·m + i, entry (p, j) of b at j·k + p.
                var aip = aValues[(p * m) + i];
                for (int j = 0, ij = i, pj = p; j < n; j++, ij += m, pj += k)
                {
                    resultValues[ij] += aip * bValues[pj];
                }
            }
        }
    }

    /// <summary>result = aᵀ·b for dense matrices, a m×k and b m×n.</summary>
    public static void TransposeThisAndMultiply(Matrix<double> a, Matrix<double> b, Matrix<double> result)
    {
        var (m, k) = (a.RowCount, a.ColumnCount);
        var aValues = Values(a);
        var bValues = Values(b);
        var resultValues = Values(result);
        for (var j = 0; j < b.ColumnCount; j++)
        {
            // Entry (p, j) of aᵀ·b is the dot product of column p of a with column j of b.
            var bColumn = bValues.AsSpan(j * m, m);
            for (var p = 0; p < k; p++)
            {
                var aColumn = aValues.AsSpan(p * m, m);
                var sum = 0.0;
                for (var i = 0; i < aColumn.Length; i++)
                {
                    sum += aColumn[i] * bColumn[i];
                }

                resultValues[(j * k) + p] = sum;
            }
        }
    }

    /// <summary>result = a·bᵀ = Σⱼ (column j of a)(column j of b)ᵀ for dense matrices, a m×n and b k×n.</summary>
    public static void TransposeAndMultiply(Matrix<double> a, Matrix<double> b, Matrix<double> result)
    {
        var (m, k) = (a.RowCount, b.RowCount);
        var aValues = Values(a);
        var bValues = Values(b);
        var resultValues = Values(result);
        Array.Clear(resultValues);
        for (var j = 0; j < a.ColumnCount; j++)
        {
            // Add the outer product of column j of a with column j of b: column p of it is (column j of a)·b[p, j].
            var aColumn = aValues.AsSpan(j * m, m);
            for (var p = 0; p < k; p++)
            {
                var bpj = bValues[(j * k) + p];
                var column = resultValues.AsSpan(p * m, m);
                for (var i = 0; i < column.Length; i++)
                {
                    column[i] += aColumn[i] * bpj;
                }
            }
        }
    }

    /// <summary>m ← m + v·1ᵀ: adds the vector v to every column of the dense matrix m.</summary>
    public static void AddToEachColumn(Matrix<double> m, Vector<double> v)
    {
        var values = Values(m);
        var vector = Values(v);
        for (var j = 0; j < m.ColumnCount; j++)
        {
            var column = values.AsSpan(j * m.RowCount, m.RowCount);
            for (var i = 0; i < column.Length; i++)
            {
                column[i] += vector[i];
            }
        }
    }

    /// <summary>result = m·1, the sum of each row of the dense matrix m.</summary>
    public static void RowSums(Matrix<double> m, Vector<double> result)
    {
        var values = Values(m);
        var sums = Values(result);
        Array.Clear(sums);
        for (var j = 0; j < m.ColumnCount; j++)
        {
            var column = values.AsSpan(j * m.RowCount, m.RowCount);
            for (var i = 0; i < column.Length; i++)
            {
                sums[i] += column[i];
            }
        }
    }

    /// <summary>result = f(source), entry by entry, for two dense matrices of the same shape.</summary>
    public static void Map(Func<double, double> f, Matrix<double> source, Matrix<double> result)
    {
        var from = Values(source);
        var to = Values(result);
        for (var i = 0; i < from.Length; i++)
        {
            to[i] = f(from[i]);
        }
    }

    /// <summary>The matrix itself if it is dense, else a dense copy.</summary>
    public static Matrix<double> Dense(Matrix<double> matrix) =>
        matrix.AsColumnMajorArray() is null ? Matrix<double>.Build.DenseOfMatrix(matrix) : matrix;

    /// <summary>The vector itself if it is dense, else a dense copy.</summary>
    public static Vector<double> Dense(Vector<double> vector) =>
        vector.AsArray() is null ? Vector<double>.Build.DenseOfVector(vector) : vector;

    /// <summary>The array a dense matrix keeps its entries in, column by column (not a copy).</summary>
    public static double[] Values(Matrix<double> matrix) =>
        matrix.AsColumnMajorArray() ?? throw new InvalidOperationException("Expected a dense matrix.");

    /// <summary>The array a dense vector keeps its entries in (not a copy).</summary>
    public static double[] Values(Vector<double> vector) =>
        vector.AsArray() ?? throw new InvalidOperationException("Expected a dense vector.");
}
