using MathNet.Numerics.LinearAlgebra;

namespace Calculus.Regression;

/// <summary>
/// Ridge regression: least squares with a penalty α‖θ‖² on the size of the parameters, which tames the wild
/// coefficients of an over-fitted model (a high-degree polynomial through a few noisy points).
/// </summary>
public static class Ridge
{
    /// <summary>θ = (XᵀX + αI)⁻¹Xᵀy, minimising ‖y − Xθ‖² + α‖θ‖².</summary>
    /// <remarks>
    /// <para>
    /// Ridge is the MAP (maximum a posteriori) estimate. With Gaussian noise of variance σ² the likelihood is
    /// p(y | θ) ∝ exp(−‖y − Xθ‖²/(2σ²)); with a Gaussian prior θ ~ N(0, τ²I), p(θ) ∝ exp(−‖θ‖²/(2τ²)). The posterior
    /// p(θ | y) ∝ p(y | θ)p(θ) is largest where ‖y − Xθ‖² + (σ²/τ²)‖θ‖² is smallest: ridge with α = σ²/τ². A weak prior
    /// (τ → ∞, α → 0) gives ordinary least squares; a strong one (α → ∞) shrinks θ towards 0.
    /// </para>
    /// <para>
    /// The intercept: by default every parameter is penalised, including θ₀, exactly as in the formula (the prior
    /// treats all parameters alike). With <paramref name="penaliseIntercept"/> false the first column of X is taken
    /// to be the intercept's column of ones and left out of the penalty: θ = (XᵀX + αD)⁻¹Xᵀy with D = diag(0, 1, …, 1),
    /// so shrinking pulls the curve towards the mean of y rather than towards y = 0.
    /// </para>
    /// <para>
    /// Unweighted (every σᵢ = 1). Solved without an inverse, by QR, as least squares on X with p extra rows √α·eⱼ
    /// and targets 0 (pseudo-points that pull each θⱼ to 0): its normal equations are (XᵀX + αI)θ = Xᵀy. With α &gt; 0
    /// this works even with fewer points than parameters.
    /// </para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="design"/> or <paramref name="y"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="alpha"/> is negative, NaN or infinite.</exception>
    /// <exception cref="ArgumentException">y is empty, its length differs from X's rows, a value is not finite, or XᵀX + αI is singular (α = 0 and a column of X depends on the others).</exception>
    public static Vector<double> Fit(Matrix<double> design, IReadOnlyList<double> y, double alpha, bool penaliseIntercept = true)
    {
        ArgumentNullException.ThrowIfNull(design);
        var values = DataCheck.FiniteValues(y, nameof(y));
        DataCheck.SameLength(design.RowCount, "the design matrix", values.Length, nameof(y));
        LinearLeastSquares.CheckDesign(design);
        if (!(alpha >= 0) || !double.IsFinite(alpha))
        {
            throw new ArgumentOutOfRangeException(nameof(alpha), alpha, $"The ridge penalty α must be finite and not negative; got {Check.Describe(alpha)}.");
        }

        var n = design.RowCount;
        var p = design.ColumnCount;
        var first = penaliseIntercept ? 0 : 1;
        var augmented = Matrix<double>.Build.Dense(n + p, p);
        augmented.SetSubMatrix(0, 0, design);
        for (var j = first; j < p; j++)
        {
            augmented[n + j, j] = Math.Sqrt(alpha);
        }

        var targets = Vector<double>.Build.Dense(n + p);
        targets.SetSubVector(0, n, Vector<double>.Build.DenseOfArray(values));
        if (!LeastSquaresSolver.TrySolve(augmented, targets, out var theta, out _, out var column))
        {
            throw new ArgumentException($"XᵀX + αI is singular (α = {Check.Describe(alpha)}): column {column} of the design matrix is (nearly) zero or a combination of the columns before it, and the penalty does not make up for it; use α > 0.", nameof(design));
        }

        return theta;
    }
}
