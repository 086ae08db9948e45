using Calculus.Automatic;
using Calculus.Optimisation;
using Calculus.Sandpit;
using MathNet.Numerics.LinearAlgebra;
using Pit = Calculus.Sandpit.Sandpit;

namespace Calculus.Exercises;

public static partial class Answers
{
    /// <summary>Week 5 (optimisation): the expected answers of its exercises, computed with the library's optimisers.</summary>
    public static class Week5
    {
        /// <summary>The points of the bowl q(x, y) = (x² + 10y²)/2 from which Exercise 5.2 takes a backtracking step: (−4.5, 1.5) and (2, 0.3).</summary>
        public static IReadOnlyList<double[]> BacktrackingStarts { get; } = [[-4.5, 1.5], [2, 0.3]];

        /// <summary>Exercise 5.1: x₁ … x₆ of Newton–Raphson, xₙ₊₁ = xₙ − f(xₙ)/f'(xₙ), on f(x) = x³ − 2x − 5 from x₀ = 4.</summary>
        public static IReadOnlyList<double> NewtonIterates =>
            NewtonRaphson.FindRoot(x => (x * x * x) - (2 * x) - 5, 4).Iterates.Skip(1).Take(6).ToArray();

        /// <summary>Exercise 5.2: the first backtracking step (t halved from 1 until Armijo's condition holds, c = 10⁻⁴) on q from each of <see cref="BacktrackingStarts"/>, side by side.</summary>
        public static IReadOnlyList<double> BacktrackingSteps =>
            BacktrackingStarts.SelectMany(start => GradientDescent.Backtracking(Bowl, BowlGradient, start, maxIterations: 1).Iterates[1]).ToArray();

        /// <summary>Exercise 5.3: two dips in the simple pit with seed 40 (gradient on), at (3, 3) and (0.5, 0.5): the deeper is the best so far, the shallower the latest, after an overshoot.</summary>
        public static (DipResult Latest, DipResult Best) Overshoot
        {
            get
            {
                var probe = Pit.Simple(seed: 40, gradient: true);
                var (first, second) = (probe.Dip(3, 3), probe.Dip(0.5, 0.5));
                return first.Depth <= second.Depth ? (second, first) : (first, second);
            }
        }

        /// <summary>Exercise 5.3: after <see cref="Overshoot"/> with α = 4, the back-off rule's next dip (x, y, α): from the best dip, p + α·slope·downhill with α halved to 2.</summary>
        public static IReadOnlyList<double> AfterOvershoot
        {
            get
            {
                var best = Overshoot.Best;
                const double alpha = 2;
                var (downX, downY) = best.Downhill!.Value;
                return [best.X + (alpha * best.Slope!.Value * downX), best.Y + (alpha * best.Slope!.Value * downY), alpha];
            }
        }

        private static double Bowl(Vector<double> p) => ((p[0] * p[0]) + (10 * p[1] * p[1])) / 2;

        private static Vector<double> BowlGradient(Vector<double> p) => Vector<double>.Build.DenseOfArray([p[0], 10 * p[1]]);
    }
}
