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

        /// <summary>The (μ, s) points in cm where Exercises 6.5 and 6.6 are checked: (150, 18), (165, 9), (175, 7), (172, 12).</summary>
        public static IReadOnlyList<double[]> GaussianProbes { get; } = [[150.0, 18.0], [165.0, 9.0], [175.0, 7.0], [172.0, 12.0]];

        /// <summary>Exercise 6.5: ∂χ²/∂μ = −2 Σ wᵢ(yᵢ − f(xᵢ)) ∂f/∂μ of the heights Gaussian at each of <see cref="GaussianProbes"/>, from the library's ∇χ².</summary>
        public static IReadOnlyList<double> ChiSquaredSlopesMu => GaussianProbes.Select(p => ChiSquared.Gradient(Heights(), HeightsGaussian(), p)[0]).ToArray();

        /// <summary>Exercise 6.6: ∂χ²/∂s = −2 Σ wᵢ(yᵢ − f(xᵢ)) ∂f/∂s of the heights Gaussian at each of <see cref="GaussianProbes"/>, from the library's ∇χ².</summary>
        public static IReadOnlyList<double> ChiSquaredSlopesS => GaussianProbes.Select(p => ChiSquared.Gradient(Heights(), HeightsGaussian(), p)[1]).ToArray();

        /// <summary>Exercise 6.7's second start (μ, s) = (185, 5) cm, which the notebook never shows: far above the data and too narrow.</summary>
        public static IReadOnlyList<double> SecondGaussianStart { get; } = [185.0, 5.0];

        /// <summary>Exercise 6.7: the best Gaussian (μ, |s|) in cm, from Levenberg–Marquardt started at (150, 18) and run until χ² can fall by less than 10⁻¹⁴.</summary>
        public static IReadOnlyList<double> BestGaussian
        {
            get
            {
                var fit = LevenbergMarquardt.Fit(Heights(), HeightsGaussian(), [150.0, 18.0], tolerance: 1e-14);
                return [fit.Parameter("mu"), Math.Abs(fit.Parameter("s"))];
            }
        }

        /// <summary>Exercise 6.8: (χ²/ν, log₁₀ p) with ν = 38 − 2 for the Gaussian at <see cref="BestGaussian"/> and then at (μ, s) = (170, 10), four numbers (log₁₀ p, since p ≈ 10⁻¹⁰ would pass any absolute tolerance).</summary>
        public static IReadOnlyList<double> GaussianGoodness
        {
            get
            {
                var data = Heights();
                var nu = ChiSquared.DegreesOfFreedom(data.Count, 2);
                return [.. new[] { BestGaussian.ToArray(), [170.0, 10.0] }.SelectMany(p =>
                {
                    var chi = ChiSquared.Of(data, HeightsGaussian(), p);
                    return new[] { chi / nu, Math.Log10(ChiSquared.PValue(chi, nu)) };
                })];
            }
        }

        /// <summary>Exercise 6.9: whether <paramref name="letter"/> is the right reading of the best Gaussian's p-value: A acceptable, B the model is wrong (p &lt; 0.01), C too good to be true (p &gt; 0.99).</summary>
        public static bool IsRightGaussianVerdict(string? letter)
        {
            var p = Math.Pow(10, GaussianGoodness[1]);
            var right = p < 0.01 ? "B" : p > 0.99 ? "C" : "A";
            return string.Equals(letter?.Trim(), right, StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>The heights histogram as measurements, σᵢ = √(countᵢ + 1).</summary>
        private static Measurements Heights() => Measurements.FromHistogram(Datasets.Heights());

        /// <summary>f(x; μ, s) = NΔ/(s√(2π)) · exp(−(x − μ)²/(2s²)), the week's Gaussian for the heights, with its parameter gradient.</summary>
        private static ParametricModel HeightsGaussian()
        {
            var bins = Datasets.Heights();
            var scale = bins.Sum(bin => bin.Count) * (bins[0].UpperCm - bins[0].LowerCm) / Math.Sqrt(2 * Math.PI);
            double F(double x, IReadOnlyList<double> p) => scale / p[1] * Math.Exp(-(x - p[0]) * (x - p[0]) / (2 * p[1] * p[1]));
            return new ParametricModel(["mu", "s"], F, (x, p) =>
            {
                var f = F(x, p);
                return [f * (x - p[0]) / (p[1] * p[1]), f * (((x - p[0]) * (x - p[0]) / (p[1] * p[1] * p[1])) - (1 / p[1]))];
            });
        }

        private static Measurements Linear() => Measurements.From(Datasets.LinearWithUncertainties());
    }
}
