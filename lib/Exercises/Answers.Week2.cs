using Calculus.Automatic;
using Calculus.Optimisation;
using MathNet.Numerics.LinearAlgebra;

namespace Calculus.Exercises;

public static partial class Answers
{
    /// <summary>The expected answers of week 2's exercises (Multivariate calculus).</summary>
    public static class Week2
    {
        /// <summary>The point (−0.5, 0.5) of the landscape L(x, y) = x·e^(−(x² + y²)) + (x² + y²)/10 where the directional-derivative exercises look.</summary>
        public static IReadOnlyList<double> LandscapePoint { get; } = [-0.5, 0.5];

        /// <summary>Exercise 2.2: the slope of the landscape L at (−0.5, 0.5) in the direction at angle a (radians), d/ds L(p + s·(cos a, sin a)) at s = 0, by dual numbers along the line.</summary>
        public static double LandscapeSlopeAlong(double angle) =>
            ForwardMode.Derivative(s => Landscape(LandscapePoint[0] + (s * Math.Cos(angle)), LandscapePoint[1] + (s * Math.Sin(angle))), 0);

        /// <summary>Exercise 2.3: the steepest ascent of L at (−0.5, 0.5) as (û_x, û_y, slope): the unit vector ∇L/‖∇L‖ and the slope ‖∇L‖.</summary>
        public static double[] LandscapeSteepestAscent
        {
            get
            {
                var gradient = ForwardMode.Gradient(p => Landscape(p[0], p[1]), LandscapePoint);
                var slope = gradient.L2Norm();
                return [gradient[0] / slope, gradient[1] / slope, slope];
            }
        }

        /// <summary>Exercise 2.4: the Jacobian of (u, v) = (x² − y², 2xy) at (x, y), ((∂u/∂x, ∂u/∂y), (∂v/∂x, ∂v/∂y)), by dual numbers.</summary>
        public static Matrix<double> SquareMapJacobian(double x, double y) =>
            ForwardMode.Jacobian(p => [(p[0] * p[0]) - (p[1] * p[1]), 2 * p[0] * p[1]], [x, y]);

        /// <summary>Exercise 2.5: six symmetric 2×2 Hessians ((a, b), (b, d)) to classify: minima, maxima, saddles and an inconclusive one.</summary>
        public static IReadOnlyList<Matrix<double>> HessiansToClassify { get; } =
        [
            Symmetric(2, 1, 2), Symmetric(-3, 1, -1), Symmetric(1, 3, 1), Symmetric(0, 2, 0), Symmetric(4, 2, 1), Symmetric(-1, 0, -0.5),
        ];

        /// <summary>Exercise 2.5: each of <see cref="HessiansToClassify"/> classified by the signs of its eigenvalues: "minimum", "maximum", "saddle" or "inconclusive".</summary>
        public static IReadOnlyList<string> HessianClassifications => HessiansToClassify.Select(h => Curvature.Classify(h).ToString().ToLowerInvariant()).ToArray();

        /// <summary>Exercise 2.7: the exact gradient ∇z = (∂z/∂x, ∂z/∂y) of the rough pit with seed 3 at (2.5, 3.5).</summary>
        public static double[] RoughPitGradient
        {
            get
            {
                var (dx, dy) = Sandpit.Sandpit.Rough(seed: 3).Terrain.Gradient(2.5, 3.5);
                return [dx, dy];
            }
        }

        /// <summary>The landscape of week 2's section 4, L(x, y) = x·e^(−(x² + y²)) + (x² + y²)/10.</summary>
        private static T Landscape<T>(T x, T y)
            where T : IScalar<T> => (x * T.Exp(-((x * x) + (y * y)))) + (((x * x) + (y * y)) / 10);

        /// <summary>The symmetric 2×2 matrix ((a, b), (b, d)).</summary>
        private static Matrix<double> Symmetric(double a, double b, double d) =>
            Matrix<double>.Build.DenseOfArray(new double[,] { { a, b }, { b, d } });
    }
}
