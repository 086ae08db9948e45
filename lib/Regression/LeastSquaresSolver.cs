using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Factorization;

namespace Calculus.Regression;

/// <summary>
/// Solves the least-squares problem min ‖Aθ − b‖² through the QR factorisation A = QR, with no inverse for θ:
/// Rθ = Qᵀb. Here A = W^½X (rows divided by σᵢ) and b = W^½y, so θ solves the normal equations XᵀWXθ = XᵀWy
/// without forming XᵀWX, whose condition number is the square of A's.
/// </summary>
internal static class LeastSquaresSolver
{
    // Rⱼⱼ is the length of the part of column j independent of the columns before it. Below 1e-8 of the column's
    // own length, cond(AᵀA) ≳ (1e8)² = 1e16 ≈ 1/ε: the normal matrix is singular to double precision.
    private const double IndependenceTolerance = 1e-8;

    /// <summary>θ minimising ‖Aθ − b‖² and the covariance (AᵀA)⁻¹; false, with the first dependent column, when AᵀA is singular.</summary>
    public static bool TrySolve(Matrix<double> a, Vector<double> b, out Vector<double> solution, out Matrix<double> covariance, out int dependentColumn)
    {
        var qr = a.QR(QRMethod.Thin);
        dependentColumn = DependentColumn(a, qr);
        if (dependentColumn >= 0)
        {
            solution = Vector<double>.Build.Dense(a.ColumnCount);
            covariance = Matrix<double>.Build.Dense(a.ColumnCount, a.ColumnCount);
            return false;
        }

        solution = qr.Solve(b);
        covariance = Covariance(qr);
        return true;
    }

    /// <summary>AᵀA = RᵀR, so (AᵀA)⁻¹ = R⁻¹R⁻ᵀ; R is small (p×p) and triangular.</summary>
    private static Matrix<double> Covariance(QR<double> qr)
    {
        var rInverse = qr.R.Inverse();
        return rInverse.TransposeAndMultiply(rInverse);
    }

    /// <summary>The first column j with |Rⱼⱼ| ≤ tolerance·‖aⱼ‖ (nearly a combination of columns 0…j−1), or −1.</summary>
    private static int DependentColumn(Matrix<double> a, QR<double> qr)
    {
        for (var j = 0; j < a.ColumnCount; j++)
        {
            var length = a.Column(j).L2Norm();
            if (length == 0 || Math.Abs(qr.R[j, j]) <= IndependenceTolerance * length)
            {
                return j;
            }
        }

        return -1;
    }
}
