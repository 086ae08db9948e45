using Calculus.Data;
using Calculus.Regression;
using MathNet.Numerics.LinearAlgebra;

namespace Calculus.Exercises;

public static partial class Answers
{
    /// <summary>Week 6 (regression): the expected answers of its exercises, computed with the library's fits on the bundled data.</summary>
    public static class Week6
    {
        /// <summary>The four made-up points (x, y ± σ) of Exercise 6.2's second test: (1, 3.1 ± 0.2), (2, 2.2 ± 0.5), (4, 0.1 ± 0.3), (7, −3.4 ± 1).</summary>
        public static Measurements FourPoints => new([1.0, 2.0, 4.0, 7.0], [3.1, 2.2, 0.1, -3.4], [0.2, 0.5, 0.3, 1.0]);

        /// <summary>The five x values of Exercise 6.3: −1.5, −0.5, 0, 0.25, 2.</summary>
        public static IReadOnlyList<double> DesignPoints { get; } = [-1.5, -0.5, 0.0, 0.25, 2.0];

        /// <summary>The models of Exercise 6.1: y = 2.5 + 0.8x, y = 1.5 + 0.9x, y = 4 and y = 1 + x + 0.01x².</summary>
        public static IReadOnlyList<Func<double, double>> ChiSquaredModels { get; } =
            [x => 2.5 + (0.8 * x), x => 1.5 + (0.9 * x), _ => 4.0, x => 1 + x + (0.01 * x * x)];

        /// <summary>Exercise 6.1: χ² = Σ((yᵢ − f(xᵢ))/σᵢ)² of each of <see cref="ChiSquaredModels"/> on the bundled straight-line data.</summary>
        public static IReadOnlyList<double> ChiSquaredValues
        {
            get
            {
                var data = Linear();
                return ChiSquaredModels.Select(f => ChiSquared.Of(data, f)).ToArray();
            }
        }

        /// <summary>Exercise 6.2: the weighted least-squares slope b = (S·Sxy − Sx·Sy)/(S·Sxx − Sx²) of the bundled data and of <see cref="FourPoints"/>.</summary>
        public static IReadOnlyList<double> ClosedFormSlopes => [LinearLeastSquares.Line(Linear()).B, LinearLeastSquares.Line(FourPoints).B];

        /// <summary>Exercise 6.3: the design matrix of degree 4 for <see cref="DesignPoints"/>, Xᵢⱼ = xᵢʲ for j = 0 … 4.</summary>
        public static Matrix<double> Design => PolynomialFeatures.Design(DesignPoints, 4);

        /// <summary>
        /// Exercise 6.4: θ = (XᵀX + αI)⁻¹Xᵀy for α = 0.01 and then α = 1, side by side, where X is the degree-9 design in u = (x − 9.5)/9.5
        /// of the training points (even x) and X and y have each row divided by its σᵢ.
        /// </summary>
        public static IReadOnlyList<double> RidgeSolutions
        {
            get
            {
                var data = Linear();
                var training = Enumerable.Range(0, data.Count).Where(i => data.X[i] % 2 == 0).ToArray();
                var design = PolynomialFeatures.Design(training.Select(i => (data.X[i] - 9.5) / 9.5).ToArray(), 9);
                var weighted = Matrix<double>.Build.Dense(design.RowCount, design.ColumnCount, (r, j) => design[r, j] / data.Sigma[training[r]]);
                var y = training.Select(i => data.Y[i] / data.Sigma[i]).ToArray();
                return [.. Ridge.Fit(weighted, y, 1e-2), .. Ridge.Fit(weighted, y, 1)];
            }
        }

        private static Measurements Linear() => Measurements.From(Datasets.LinearWithUncertainties());
    }
}
