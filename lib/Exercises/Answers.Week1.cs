using Calculus.Automatic;
using Calculus.FiniteDifferences;

namespace Calculus.Exercises;

public static partial class Answers
{
    /// <summary>The expected answers of week 1's exercises (What is calculus?).</summary>
    public static class Week1
    {
        /// <summary>Exercise 1.1: the secant slope of x² from x = 1 over the run h, ((1 + h)² − 1²)/h.</summary>
        public static double SquareSecantSlopeAtOne(double h) => SecantSlope(x => x * x, 1.0, h);

        /// <summary>Exercise 1.2: the difference quotient ((2 + h)³ − 2³)/h of x³ at x = 2, and at h = 0 its limit, the derivative (x³)′ at 2.</summary>
        public static double CubeQuotientAtTwo(double h) =>
            h == 0
                ? ForwardMode.Derivative(x => x * x * x, 2.0)
                : SecantSlope(x => x * x * x, 2.0, h);

        /// <summary>Exercise 1.3: the central difference (e^(0.5 + h) − e^(0.5 − h))/(2h) of eˣ at x = 0.5.</summary>
        public static double ExpCentralDifferenceAtHalf(double h) =>
            FiniteDifference.Derivative(Math.Exp, 0.5, DifferenceScheme.Central, h);

        /// <summary>Exercise 1.6: the number (1 to 3) of the candidate that is g′ for g(x) = x·e^(−x²/2), the one closest to g′ by dual numbers on [−3.5, 3.5].</summary>
        public static int DerivativeCandidate => ClosestCandidate();

        /// <summary>Exercise 1.7: the secant slope (e^h − 1)/h of eˣ from 0 to h, computed as e^(h/2)·sinh(h/2)/(h/2), which cancels no digits.</summary>
        public static double ExpSecantSlopeAtZero(double h) => Math.Exp(h / 2) * Math.Sinh(h / 2) / (h / 2);

        /// <summary>Rise over run from x to x + h, for a run h of either sign.</summary>
        private static double SecantSlope(Func<double, double> f, double x, double h) => (f(x + h) - f(x)) / h;

        /// <summary>The matching chart's g(x) = x·e^(−x²/2), for dual numbers.</summary>
        private static Dual MatchG(Dual x) => x * Dual.Exp(-(x * x) / 2);

        /// <summary>The matching chart's three candidates, in the notebook's order.</summary>
        private static readonly Func<double, double>[] s_candidates =
        [
            x => -x * Math.Exp(-x * x / 2),
            x => (1 - (x * x)) * Math.Exp(-x * x / 2),
            x => Math.Exp(-x * x / 2),
        ];

        private static int ClosestCandidate()
        {
            var points = Enumerable.Range(-35, 71).Select(i => i / 10.0).ToArray();
            return 1 + Enumerable.Range(0, s_candidates.Length)
                .MinBy(k => points.Max(x => Math.Abs(s_candidates[k](x) - ForwardMode.Derivative(MatchG, x))));
        }
    }
}
