using MathNet.Numerics.LinearAlgebra;

namespace Calculus.Regression;

/// <summary>
/// Least squares in closed form, for models linear in their parameters: set the gradient of χ² to zero and solve
/// the resulting linear equations (the normal equations) once, with no iteration.
/// </summary>
public static class LinearLeastSquares
{
    // Δ/(S·Sₓₓ) is the weighted variance of x over the weighted mean of x²; below 1e-12 the x values differ by less
    // than a millionth of their size, and forming Δ = S·Sₓₓ − Sₓ² has cancelled all but a few of its 16 digits.
    private const double LineSpreadTolerance = 1e-12;

    /// <summary>y = a + bx minimising χ²: a = (Sₓₓ·S_y − Sₓ·Sₓᵧ)/Δ, b = (S·Sₓᵧ − Sₓ·S_y)/Δ, Δ = S·Sₓₓ − Sₓ², with S = Σwᵢ, Sₓ = Σwᵢxᵢ, S_y = Σwᵢyᵢ, Sₓₓ = Σwᵢxᵢ², Sₓᵧ = Σwᵢxᵢyᵢ, wᵢ = 1/σᵢ².</summary>
    /// <remarks>
    /// From χ² = Σwᵢ(yᵢ − a − bxᵢ)²: ∂χ²/∂a = −2Σwᵢ(yᵢ − a − bxᵢ) = 0 and ∂χ²/∂b = −2Σwᵢxᵢ(yᵢ − a − bxᵢ) = 0 give the two
    /// equations S·a + Sₓ·b = S_y and Sₓ·a + Sₓₓ·b = Sₓᵧ, solved here by Cramer's rule. Half the Hessian of χ² is
    /// [[S, Sₓ], [Sₓ, Sₓₓ]]; its inverse, [[Sₓₓ, −Sₓ], [−Sₓ, S]]/Δ, is the covariance of (a, b).
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
    /// <exception cref="ArgumentException">There are fewer than two points, or all x are (nearly) equal, so the slope is not determined.</exception>
    public static LineFit Line(Measurements data)
    {
        ArgumentNullException.ThrowIfNull(data);
        DataCheck.EnoughPoints(data.Count, 2, nameof(data));
        double s = 0, sx = 0, sy = 0, sxx = 0, sxy = 0;
        for (var i = 0; i < data.Count; i++)
        {
            var (x, y) = (data.X[i], data.Y[i]);
            var w = 1 / (data.Sigma[i] * data.Sigma[i]);
            s += w;
            sx += w * x;
            sy += w * y;
            sxx += w * x * x;
            sxy += w * x * y;
        }

        var delta = (s * sxx) - (sx * sx);
        if (!(delta > LineSpreadTolerance * s * sxx))
        {
            var reason = data.X.Distinct().Count() == 1 ? $"every x is {Check.Describe(data.X[0])}" : "the x values are nearly all equal";
            throw new ArgumentException($"Δ = S·Sₓₓ − Sₓ² is (nearly) zero: {reason}, so the data cannot determine a slope.", nameof(data));
        }

        var a = ((sxx * sy) - (sx * sxy)) / delta;
        var b = ((s * sxy) - (sx * sy)) / delta;
        var chiSquared = ChiSquared.Of(data, x => a + (b * x));
        return new LineFit(a, b, sxx / delta, s / delta, -sx / delta, chiSquared, data.Count);
    }

    /// <summary>θ = (XᵀWX)⁻¹XᵀWy with W = diag(1/σᵢ²), for the model y = Xθ with design matrix X (one row per point, one column per parameter).</summary>
    /// <remarks>
    /// Setting ∇χ² = −2XᵀW(y − Xθ) to zero gives the normal equations XᵀWXθ = XᵀWy. They are solved without an inverse:
    /// the rows of X and y are divided by σᵢ, and the weighted X is factorised as QR, so that Rθ = Qᵀ(y/σ). The
    /// covariance (XᵀWX)⁻¹ = R⁻¹R⁻ᵀ gives the parameter uncertainties.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="design"/> or <paramref name="y"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// y is empty or its length differs from X's rows or σ's; a value is NaN or infinite; a σᵢ is not positive; there are
    /// fewer rows (points) than columns (parameters); or XᵀWX is singular (the message names the dependent column).
    /// </exception>
    public static LinearFit Fit(Matrix<double> design, IReadOnlyList<double> y, IReadOnlyList<double>? sigma = null)
    {
        ArgumentNullException.ThrowIfNull(design);
        var values = DataCheck.FiniteValues(y, nameof(y));
        DataCheck.SameLength(design.RowCount, "the design matrix", values.Length, nameof(y));
        var uncertainties = sigma is null ? Enumerable.Repeat(1.0, values.Length).ToArray() : null;
        if (sigma is not null)
        {
            DataCheck.SameLength(values.Length, nameof(y), sigma.Count, nameof(sigma));
            uncertainties = DataCheck.Uncertainties(sigma, nameof(sigma));
        }

        CheckDesign(design);
        DataCheck.EnoughPoints(design.RowCount, design.ColumnCount, nameof(design));
        var weightedDesign = Matrix<double>.Build.Dense(design.RowCount, design.ColumnCount, (i, j) => design[i, j] / uncertainties![i]);
        var weightedY = Vector<double>.Build.Dense(values.Length, i => values[i] / uncertainties![i]);
        if (!LeastSquaresSolver.TrySolve(weightedDesign, weightedY, out var theta, out var covariance, out var column))
        {
            throw new ArgumentException($"The normal matrix XᵀWX is singular: column {column} of the design matrix is (nearly) zero or a combination of the columns before it, so the data cannot determine θ{column}.", nameof(design));
        }

        var weightedResiduals = weightedY - (weightedDesign * theta);
        return new LinearFit(theta, covariance, weightedResiduals.DotProduct(weightedResiduals), values.Length);
    }

    /// <summary>θ for y = Σⱼ θⱼ φⱼ(x), a linear combination of basis functions: the design matrix is Xᵢⱼ = φⱼ(xᵢ).</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">No basis functions; a φⱼ(xᵢ) is not finite; fewer points than functions; or XᵀWX is singular.</exception>
    public static LinearFit Fit(Measurements data, params Func<double, double>[] basis)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(basis);
        if (basis.Length == 0)
        {
            throw new ArgumentException("Give at least one basis function φⱼ(x).", nameof(basis));
        }

        var design = Matrix<double>.Build.Dense(data.Count, basis.Length, (i, j) => basis[j](data.X[i]));
        return Fit(design, data.Y, data.Sigma);
    }

    /// <summary>y = θ₀ + θ₁x + θ₂x² + … + θ_d x^d, with the columns 1, x, x², …, x^d of <see cref="PolynomialFeatures.Design"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="degree"/> is negative.</exception>
    /// <exception cref="ArgumentException">Fewer than d + 1 points, or fewer than d + 1 distinct x values (XᵀWX is singular).</exception>
    public static LinearFit Polynomial(Measurements data, int degree)
    {
        ArgumentNullException.ThrowIfNull(data);
        return Fit(PolynomialFeatures.Design(data.X, degree), data.Y, data.Sigma);
    }

    /// <summary>Throws unless X has at least one column and every entry is finite.</summary>
    internal static void CheckDesign(Matrix<double> design)
    {
        if (design.ColumnCount == 0)
        {
            throw new ArgumentException("The design matrix has no columns; it needs one per parameter.", nameof(design));
        }

        for (var i = 0; i < design.RowCount; i++)
        {
            for (var j = 0; j < design.ColumnCount; j++)
            {
                if (!double.IsFinite(design[i, j]))
                {
                    throw new ArgumentException($"The design matrix's entry X[{i}, {j}] is {Check.Describe(design[i, j])}; every entry must be finite.", nameof(design));
                }
            }
        }
    }
}
