using Calculus.Symbolic;
using Calculus.Taylor;
using static Calculus.Elementary;

namespace Calculus.Exercises;

public static partial class Answers
{
    /// <summary>The expected answers of week 4, Taylor series, for the checks after its exercises.</summary>
    public static class Week4
    {
        /// <summary>c₀, …, c₃ of √x about 4, cₖ = f⁽ᵏ⁾(4)/k! from symbolic derivatives: 2, 1/4, −1/64, 1/512 (Exercise 4.1).</summary>
        public static IReadOnlyList<double> RootCoefficients => TaylorPolynomial.Of(Expr.Parse("sqrt(x)"), 4, 3).Coefficients;

        /// <summary>f⁽ᵏ⁾(0) of eˣ for k = 0, …, 15, from power-series arithmetic on eˣ (Exercise 4.2 compares k!·cₖ with them).</summary>
        public static IReadOnlyList<double> ExpDerivativesAtZero
        {
            get
            {
                var series = TaylorPolynomial.Maclaurin(x => Exp(x), 15);
                return Enumerable.Range(0, 16).Select(series.Derivative).ToArray();
            }
        }

        /// <summary>The smallest n with |e − Pₙ(1)| &lt; 10⁻¹⁰, Pₙ(1) = Σₖ₌₀ⁿ 1/k!, found by adding the terms one at a time (the statement after Exercise 4.3).</summary>
        public static int OrderForE
        {
            get
            {
                var (order, sum, term) = (0, 1.0, 1.0);
                while (Math.Abs(Math.E - sum) >= 1e-10)
                {
                    order++;
                    term /= order;
                    sum += term;
                }

                return order;
            }
        }

        /// <summary>The smallest n whose Lagrange bound M/(n + 1)! with M = 3 ≥ e ≥ |f⁽ⁿ⁺¹⁾| on [0, 1] is below <paramref name="tolerance"/> for Pₙ(1) of eˣ (Exercise 4.3).</summary>
        public static int OrderForEFromBound(double tolerance)
        {
            var order = 0;
            while (Remainder.LagrangeBound(MaclaurinSeries.Exp(order), 1, derivativeBound: 3) >= tolerance)
            {
                order++;
            }

            return order;
        }

        /// <summary>The cost C(w) = ln(1 + eʷ) − 0.3w of Exercise 4.6, whose minimum is at w = ln(3/7).</summary>
        public static T Cost<T>(T w) where T : IScalar<T> => Log(1.0 + Exp(w)) - (0.3 * w);

        /// <summary>w − C′(w)/C″(w), the minimiser of the second-order Taylor model of <see cref="Cost{T}"/> about w, from its power series (Exercise 4.6).</summary>
        public static double QuadraticModelMinimiser(double w)
        {
            var model = TaylorPolynomial.Of(Cost, w, 2).Coefficients;
            return w - (model[1] / (2 * model[2]));
        }

        /// <summary>σ_f ≈ |f′(x)|·σ_x for f(x) = ln(1 + x²), f′ from its power series about x (Exercise 4.7).</summary>
        public static double PropagatedSigma(double x, double sigmaX) =>
            Math.Abs(TaylorPolynomial.Of(u => Log(1.0 + (u * u)), x, 1).Coefficients[1]) * sigmaX;

        /// <summary>g(1, 2) + ∂g/∂x(1, 2)(x − 1) + ∂g/∂y(1, 2)(y − 2) for g(x, y) = x²y, by automatic differentiation (Exercise 4.4).</summary>
        public static double FirstOrderApproximation(double x, double y) =>
            TaylorApproximation.About(p => p[0] * p[0] * p[1], [1, 2]).FirstOrder([x, y]);

        /// <summary>g(a) + ∇g(a)·δ + ½δᵀH(a)δ for g(x, y) = x²y about a = (1, 2), δ = (x − 1, y − 2), by hyper-dual numbers (Exercise 4.5).</summary>
        public static double SecondOrderApproximation(double x, double y) =>
            TaylorApproximation.About(p => p[0] * p[0] * p[1], [1, 2]).SecondOrder([x, y]);
    }
}
