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

        /// <summary>Exercise 5.4: two dips in the simple pit with seed 40 (Hessian mode), at (3, 3) and (0.5, 0.5): the deeper is the best so far, the shallower the latest, after an overshoot.</summary>
        public static (DipResult Latest, DipResult Best) Overshoot
        {
            get
            {
                var probe = Pit.Simple(seed: 40, gradient: true, hessian: true);
                var (first, second) = (probe.Dip(3, 3), probe.Dip(0.5, 0.5));
                return first.Depth <= second.Depth ? (second, first) : (first, second);
            }
        }

        /// <summary>Exercise 5.4: after <see cref="Overshoot"/> with α = 4, the back-off rule's next dip (x, y, α): from the best dip, p + α·slope·downhill with α halved to 2.</summary>
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

        /// <summary>The step size the Sandpit exercises use for steepest-descent steps: α = 5 (week 2's choice).</summary>
        public const double SandpitStepSize = 5;

        /// <summary>Exercises 5.3 and 5.5: a dip in the Hessian mode on the simple pit with seed 40, at (4.5, 1.5), away from the phone.</summary>
        public static DipResult SandpitProbe => Pit.Simple(seed: 40, gradient: true, hessian: true).Dip(4.5, 1.5);

        /// <summary>Exercises 5.3 and 5.5: another dip on the same pit as <see cref="SandpitProbe"/>, at (1.5, 4), handed to the rules as the best so far so that a rule stepping from it is caught.</summary>
        public static DipResult SandpitOtherProbe => Pit.Simple(seed: 40, gradient: true, hessian: true).Dip(1.5, 4);

        /// <summary>Exercise 5.3: the steepest-descent step from <see cref="SandpitProbe"/>: p − α∇z with α = <see cref="SandpitStepSize"/>.</summary>
        public static IReadOnlyList<double> SteepestFromProbe => SteepestStep(SandpitProbe, SandpitStepSize);

        /// <summary>Exercise 5.5: Newton's step from <see cref="SandpitProbe"/>: p − H⁻¹∇z.</summary>
        public static IReadOnlyList<double> NewtonFromProbe => NewtonStep(SandpitProbe);

        /// <summary>Section 4's reference steepest-descent rule: from the latest dip to p − α∇z, keeping α, as (x, y, α).</summary>
        public static (double X, double Y, double Alpha) SteepestRule(DipResult latest, DipResult best, double alpha)
        {
            var next = SteepestStep(latest, alpha);
            return (next[0], next[1], alpha);
        }

        /// <summary>Section 4's reference Newton rule: from the latest dip to p − H⁻¹∇z, keeping α, as (x, y, α).</summary>
        public static (double X, double Y, double Alpha) NewtonRule(DipResult latest, DipResult best, double alpha)
        {
            var next = NewtonStep(latest);
            return (next[0], next[1], alpha);
        }

        /// <summary>Section 4's worker with a reference rule (α = 5) on the pits with seeds 51 to 60: how many phones it finds within the given number of dips.</summary>
        public static int PhonesFound(Func<int, Pit> pit, Func<DipResult, DipResult, double, (double X, double Y, double Alpha)> rule, int withinDips = Pit.DipLimit) =>
            Enumerable.Range(51, 10).Count(seed =>
            {
                var game = pit(seed);
                var (latest, alpha) = (game.Dip(3, 3), SandpitStepSize);
                var best = latest;
                while (!game.IsOver)
                {
                    var next = rule(latest, best, alpha);
                    alpha = next.Alpha;
                    latest = game.Dip(Math.Clamp(next.X, 0, Pit.Size), Math.Clamp(next.Y, 0, Pit.Size));
                    best = latest.Depth < best.Depth ? latest : best;
                }

                return game.Found && game.DipsUsed <= withinDips;
            });

        /// <summary>Exercise 5.6: three dips on the rough pits with seeds 40 and 41, the first (on a 0.5 m grid, row by row) where H is positive definite, a saddle, and negative definite (a bump's top).</summary>
        public static IReadOnlyList<DipResult> HybridProbes
        {
            get
            {
                var dips = (from seed in new[] { 40, 41 } from i in Enumerable.Range(1, 11) from j in Enumerable.Range(1, 11) select Pit.Rough(seed, gradient: true, hessian: true).Dip(0.5 * i, 0.5 * j)).ToList();
                return [dips.First(IsBowl), dips.First(d => Curvature.Classify(d.Hessian!) == StationaryPointKind.Saddle), dips.First(d => Curvature.Classify(d.Hessian!) == StationaryPointKind.Maximum)];
            }
        }

        /// <summary>Exercise 5.6: the hybrid's next point from each of <see cref="HybridProbes"/>, side by side: Newton's step where H is positive definite, p − α∇z (α = 5) elsewhere.</summary>
        public static IReadOnlyList<double> HybridFromProbes =>
            HybridProbes.SelectMany(d => IsBowl(d) ? NewtonStep(d) : SteepestStep(d, SandpitStepSize)).ToArray();

        /// <summary>Exercise 5.7: three symmetric positive definite Hessians: b's diag(2, 200), q's diag(1, 10), and [[4, 1], [1, 3]], whose eigenvalues (7 ± √5)/2 are not on its diagonal.</summary>
        public static IReadOnlyList<Matrix<double>> ConditioningProbes =>
            [Matrix<double>.Build.DenseOfDiagonalArray([2.0, 200]), Matrix<double>.Build.DenseOfDiagonalArray([1.0, 10]), Matrix<double>.Build.DenseOfArray(new double[,] { { 4, 1 }, { 1, 3 } })];

        /// <summary>Exercise 5.7: for each of <see cref="ConditioningProbes"/>, κ = λmax/λmin and the best fixed step's per-step factor (κ − 1)/(κ + 1), side by side.</summary>
        public static IReadOnlyList<double> ConditionFactors => ConditioningProbes.SelectMany(h =>
        {
            var eigenvalues = h.Evd().EigenValues.Select(z => z.Real).ToArray();
            var kappa = eigenvalues.Max() / eigenvalues.Min();
            return new[] { kappa, (kappa - 1) / (kappa + 1) };
        }).ToArray();

        /// <summary>Exercises 5.9 to 5.14: the Lagrangian L = xy − λ(x² + 4y² − c) of "xy on the ellipse x² + 4y² = c", on (x, y, λ).</summary>
        public static T BoxLagrangian<T>(T[] v, double c) where T : IScalar<T> => (v[0] * v[1]) - (v[2] * ((v[0] * v[0]) + (4 * v[1] * v[1]) - c));

        /// <summary>Exercise 5.10: the Hessian of L = xy − λ(x² + 4y² − 8) in (x, y, λ), the Jacobian of ∇L, by hyper-dual numbers.</summary>
        public static Matrix<double> BoxLagrangianHessian(double[] v)
        {
            var objective = Objective.From(p => BoxLagrangian(p, 8), p => BoxLagrangian(p, 8), p => BoxLagrangian(p, 8));
            return objective.Hessian!(Vector<double>.Build.DenseOfArray(v));
        }

        /// <summary>Exercise 5.11: every stationary point (x, y, λ) of xy on x² + 4y² = 8, by the library's Lagrange solver from 12 starts, sorted by x then y.</summary>
        public static IReadOnlyList<double[]> BoxStationaryPoints => BoxSolve(8).Points
            .Select(p => new[] { p.X[0], p.X[1], p.Multipliers[0] }).OrderBy(p => Math.Round(p[0], 6)).ThenBy(p => p[1]).ToArray();

        /// <summary>Exercise 5.12: the kind of each of <see cref="BoxStationaryPoints"/> on the ellipse, by the curvature of L along it.</summary>
        public static IReadOnlyList<StationaryPointKind> BoxKinds => BoxStationaryPoints
            .Select(p => BoxSolve(8).Points.MinBy(q => Math.Abs(q.X[0] - p[0]) + Math.Abs(q.X[1] - p[1]))!.Kind).ToArray();

        /// <summary>Exercise 5.12: the Hessians of L = (x² − y²)/2 − λg in (x, y, λ) at the stationary point (1, 0, 1) on the line g = x − 1 = 0 and (0, 1, −1) on the line g = y − 1 = 0: one saddle, two constraints.</summary>
        public static IReadOnlyList<Matrix<double>> SaddleOnLinesHessians =>
            [SaddleOnLineHessian(0, [1, 0, 1]), SaddleOnLineHessian(1, [0, 1, -1])];

        /// <summary>Exercise 5.12: the kinds at <see cref="SaddleOnLinesHessians"/>, by the library's Lagrange solver: f = (1 − y²)/2 along x = 1 is a maximum, f = (x² − 1)/2 along y = 1 a minimum.</summary>
        public static IReadOnlyList<StationaryPointKind> SaddleOnLinesKinds =>
            new[] { 0, 1 }.Select(axis => LagrangeMultipliers.FindStationaryPoints(
                p => ((p[0] * p[0]) - (p[1] * p[1])) / 2,
                p => Vector<double>.Build.DenseOfArray([p[0], -p[1]]),
                _ => Matrix<double>.Build.DenseOfDiagonalArray([1.0, -1.0]),
                [new EqualityConstraint(p => p[axis] - 1, _ => Vector<double>.Build.DenseOfArray(axis == 0 ? [1.0, 0] : [0, 1.0]), _ => Matrix<double>.Build.Dense(2, 2))],
                [[0.5, 0.5]]).Points[0].Kind).ToArray();

        /// <summary>Exercise 5.14: the stationary points (x, y, λ) of x + y on the circle x² + y² = c, by the library's Lagrange solver; there λ = 1/√(2c) depends on c.</summary>
        public static List<double[]> SolveLineOnCircle(double c)
        {
            var circle = new EqualityConstraint(p => (p[0] * p[0]) + (p[1] * p[1]) - c, p => 2 * p, _ => Matrix<double>.Build.DenseIdentity(2) * 2);
            var starts = Enumerable.Range(0, 8).Select(k => new[] { Math.Cos((k + 0.5) * Math.PI / 4), Math.Sin((k + 0.5) * Math.PI / 4) });
            return LagrangeMultipliers.FindStationaryPoints(p => p[0] + p[1], _ => Vector<double>.Build.DenseOfArray([1.0, 1.0]), _ => Matrix<double>.Build.Dense(2, 2), [circle], starts)
                .Points.Select(p => new[] { p.X[0], p.X[1], p.Multipliers[0] }).ToList();
        }

        /// <summary>Exercise 5.14: λ at the largest x + y on x² + y² = c (it is 1/√(2c)), by the library's Lagrange solver.</summary>
        public static double LineOnCircleMultiplier(double c) => SolveLineOnCircle(c).MaxBy(p => p[0] + p[1])![2];

        /// <summary>Exercise 5.13: the largest xy on the ellipse x² + 4y² = c (it is c/4), by the library's Lagrange solver.</summary>
        public static double BestBoxValue(double c) => BoxSolve(c).Points.Max(p => p.Value);

        /// <summary>Exercise 5.14: λ at the largest xy on x² + 4y² = 8 (it is 1/4), by the library's Lagrange solver.</summary>
        public static double BoxMultiplier => BoxSolve(8).Points.MaxBy(p => p.Value)!.Multipliers[0];

        private static LagrangeResult BoxSolve(double c)
        {
            var ellipse = new EqualityConstraint(p => (p[0] * p[0]) + (4 * p[1] * p[1]) - c, p => Vector<double>.Build.DenseOfArray([2 * p[0], 8 * p[1]]), _ => Matrix<double>.Build.DenseOfDiagonalArray([2.0, 8.0]));
            var starts = Enumerable.Range(0, 12).Select(k => new[] { 2.5 * Math.Cos((k + 0.5) * Math.PI / 6), 1.5 * Math.Sin((k + 0.5) * Math.PI / 6) });
            return LagrangeMultipliers.FindStationaryPoints(
                p => p[0] * p[1],
                p => Vector<double>.Build.DenseOfArray([p[1], p[0]]),
                _ => Matrix<double>.Build.DenseOfArray(new double[,] { { 0, 1 }, { 1, 0 } }),
                [ellipse],
                starts);
        }

        private static Matrix<double> SaddleOnLineHessian(int axis, double[] v)
        {
            T Lagrangian<T>(T[] p) where T : IScalar<T> => (((p[0] * p[0]) - (p[1] * p[1])) / 2) - (p[2] * (p[axis] - 1));
            return Objective.From(Lagrangian, Lagrangian, Lagrangian).Hessian!(Vector<double>.Build.DenseOfArray(v));
        }

        private static bool IsBowl(DipResult dip) => Curvature.Classify(dip.Hessian!) == StationaryPointKind.Minimum;

        private static double[] SteepestStep(DipResult dip, double alpha) => [dip.X - (alpha * dip.Gradient!.Value.X), dip.Y - (alpha * dip.Gradient!.Value.Y)];

        private static double[] NewtonStep(DipResult dip)
        {
            var delta = dip.Hessian!.Solve(Vector<double>.Build.DenseOfArray([dip.Gradient!.Value.X, dip.Gradient!.Value.Y]));
            return [dip.X - delta[0], dip.Y - delta[1]];
        }

        private static double Bowl(Vector<double> p) => ((p[0] * p[0]) + (10 * p[1] * p[1])) / 2;

        private static Vector<double> BowlGradient(Vector<double> p) => Vector<double>.Build.DenseOfArray([p[0], 10 * p[1]]);
    }
}
