using MathNet.Numerics.LinearAlgebra;

namespace Calculus.Optimisation;

/// <summary>The linear algebra a Newton step needs: solving H Δ = b when H is safely invertible, and H's curvature.</summary>
internal static class LinearSystem
{
    /// <summary>
    /// A matrix counts as singular when its smallest singular value is below this fraction of its largest: its
    /// condition number is then over 10¹², and a solve in double precision (ε ≈ 2.2·10⁻¹⁶) keeps fewer than four
    /// correct digits, too few to trust the step.
    /// </summary>
    public const double SingularityTolerance = 1e-12;

    /// <summary>Solves A x = b; false when A is singular to working precision or the solution is not finite.</summary>
    public static bool TrySolve(Matrix<double> a, Vector<double> b, out Vector<double> x)
    {
        x = Vector<double>.Build.Dense(b.Count);
        if (!IsFinite(a) || !IsFinite(b))
        {
            return false;
        }

        var singularValues = a.Svd(computeVectors: false).S;
        var largest = singularValues.Maximum();
        var smallest = singularValues.Minimum();
        if (largest == 0 || smallest <= SingularityTolerance * largest)
        {
            return false;
        }

        x = a.Solve(b);
        return IsFinite(x);
    }

    /// <summary>The eigenvalues of the symmetric part (A + Aᵀ)/2, smallest first: the curvatures along its principal axes.</summary>
    public static double[] SymmetricEigenvalues(Matrix<double> a)
    {
        if (a.RowCount == 0)
        {
            return [];
        }

        var symmetric = (a + a.Transpose()) / 2;
        return symmetric.Evd(Symmetricity.Symmetric).EigenValues.Select(value => value.Real).Order().ToArray();
    }

    /// <summary>True when every eigenvalue of H is positive: the quadratic model f + gᵀΔ + ½ΔᵀHΔ has a minimum.</summary>
    public static bool IsPositiveDefinite(Matrix<double> h) =>
        IsFinite(h) && SymmetricEigenvalues(h)[0] > 0;

    /// <summary>True when every component is a finite number.</summary>
    public static bool IsFinite(Vector<double> v) => v.All(double.IsFinite);

    /// <summary>True when every entry is a finite number.</summary>
    public static bool IsFinite(Matrix<double> m) => m.Enumerate().All(double.IsFinite);
}
