using MathNet.Numerics.LinearAlgebra;

namespace Calculus.Optimisation;

/// <summary>
/// The second-order test: what a stationary point is, from the curvatures (the Hessian's eigenvalues, or the Lagrangian's
/// along the constraints) there.
/// </summary>
public static class Curvature
{
    /// <summary>An eigenvalue within this fraction of the largest |λ| counts as zero in <see cref="Classify(Matrix{double})"/>.</summary>
    public const double RelativeZero = 1e-10;

    /// <summary>The second-order test on a Hessian H: by the signs of its eigenvalues, with |λ| ≤ 10⁻¹⁰·max|λ| counting as zero.</summary>
    public static StationaryPointKind Classify(Matrix<double> hessian)
    {
        ArgumentNullException.ThrowIfNull(hessian);
        var eigenvalues = LinearSystem.SymmetricEigenvalues(hessian);
        return Classify(eigenvalues, zero: RelativeZero * eigenvalues.Select(Math.Abs).DefaultIfEmpty(0).Max());
    }

    /// <summary>All curvatures &gt; zero: a minimum; all &lt; −zero: a maximum; some of each: a saddle; otherwise (or none) inconclusive.</summary>
    /// <param name="curvatures">The curvatures, e.g. the eigenvalues of the Hessian.</param>
    /// <param name="zero">How close to 0 a curvature counts as zero (not negative).</param>
    public static StationaryPointKind Classify(IReadOnlyCollection<double> curvatures, double zero = 0)
    {
        ArgumentNullException.ThrowIfNull(curvatures);
        return curvatures.Count == 0 ? StationaryPointKind.Inconclusive
            : curvatures.All(c => c > zero) ? StationaryPointKind.Minimum
            : curvatures.All(c => c < -zero) ? StationaryPointKind.Maximum
            : curvatures.Any(c => c > zero) && curvatures.Any(c => c < -zero) ? StationaryPointKind.Saddle
            : StationaryPointKind.Inconclusive;
    }
}
