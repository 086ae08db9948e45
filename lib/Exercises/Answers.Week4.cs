using Calculus.Symbolic;
using Calculus.Taylor;
using static Calculus.Elementary;

namespace Calculus.Exercises;

public static partial class Answers
{
    /// <summary>The expected answers of week 4, Taylor series, for the checks after its exercises.</summary>
    public static class Week4
    {
        /// <summary>P₃(x) = 2 + (x − 4)/4 − (x − 4)²/64 + (x − 4)³/512, the Taylor polynomial of √x about 4 from its derivatives (Exercise 4.1).</summary>
        public static double RootPolynomial(double x) => TaylorPolynomial.Of(Expr.Parse("sqrt(x)"), 4, 3).Evaluate(x);

        /// <summary>f⁽ᵏ⁾(0) of eˣ for k = 0, …, 15, from power-series arithmetic on eˣ (Exercise 4.2 compares k!·cₖ with them).</summary>
        public static IReadOnlyList<double> ExpDerivativesAtZero
        {
            get
            {
                var series = TaylorPolynomial.Maclaurin(x => Exp(x), 15);
                return Enumerable.Range(0, 16).Select(series.Derivative).ToArray();
            }
        }

        /// <summary>The smallest n with |e − Pₙ(1)| &lt; 10⁻¹⁰, Pₙ(1) = Σₖ₌₀ⁿ 1/k!, found by adding the terms one at a time (Exercise 4.3).</summary>
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

        /// <summary>g(1, 2) + ∂g/∂x(1, 2)(x − 1) + ∂g/∂y(1, 2)(y − 2) for g(x, y) = x²y, by automatic differentiation (Exercise 4.4).</summary>
        public static double FirstOrderApproximation(double x, double y) =>
            TaylorApproximation.About(p => p[0] * p[0] * p[1], [1, 2]).FirstOrder([x, y]);
    }
}
