using Calculus.Automatic;
using Calculus.FiniteDifferences;
using Calculus.Symbolic;
using static Calculus.Elementary;

namespace Calculus.Tests.CrossMethod;

/// <summary>
/// One definition of each function, differentiated four independent ways (symbolic rules, forward mode,
/// reverse mode, central differences), at seeded random points: the exact methods agree to rounding, and
/// finite differences agree to their expected accuracy.
/// </summary>
public sealed class FourWaysAgreeTests
{
    // Symbolic and both AD modes apply the same calculus in different orders: only rounding separates them.
    private const double ExactRelative = 1e-11;

    // Central differences at h ≈ ε^(1/3) ≈ 6e-6 err by about h²·|f'''| + ε·|f|/h ≈ 1e-10..1e-9 relative here;
    // 1e-6 leaves room for points where the function's scale varies fast.
    private const double CentralRelative = 1e-6;

    // Second differences at h ≈ ε^(1/4) ≈ 1.2e-4 err by about h²·|f''''| + ε·|f|/h² ≈ 1e-8..1e-7 relative; 1e-4 leaves room.
    private const double HessianDifferenceRelative = 1e-4;

    private const int PointsPerFunction = 8;

    public static TheoryData<string> Functions => new(Battery.Names);

    [Theory]
    [MemberData(nameof(Functions))]
    public void Gradient_FourMethods_Agree(string name)
    {
        var random = new Random(2026 + name.Length);
        for (var k = 0; k < PointsPerFunction; k++)
        {
            var point = RandomPoint(random);

            var symbolic = SymbolicCalculus.Gradient(Battery.Of<Expr>(name, Symbols()), "x", "y", "z").Evaluate(Values(point));
            var forward = ForwardMode.Gradient(p => Battery.Of(name, p), point);
            var reverse = ReverseMode.Gradient(p => Battery.Of(name, p), point);
            var central = FiniteDifference.Gradient(Real.AsFunction((Real[] p) => Battery.Of(name, p)), point);

            for (var i = 0; i < 3; i++)
            {
                AssertClose(symbolic[i], forward[i], ExactRelative, $"{name}: ∂/∂x{i} symbolic vs forward at ({string.Join(", ", point)})");
                AssertClose(symbolic[i], reverse[i], ExactRelative, $"{name}: ∂/∂x{i} symbolic vs reverse");
                AssertClose(symbolic[i], central[i], CentralRelative, $"{name}: ∂/∂x{i} symbolic vs central differences");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Functions))]
    public void Hessian_SymbolicForwardAndDifferences_Agree(string name)
    {
        var random = new Random(4052 + name.Length);
        for (var k = 0; k < PointsPerFunction; k++)
        {
            var point = RandomPoint(random);

            var symbolic = SymbolicCalculus.Hessian(Battery.Of<Expr>(name, Symbols()), "x", "y", "z").Evaluate(Values(point));
            var hyperDual = ForwardMode.Hessian(p => Battery.Of(name, p), point);
            var differences = FiniteDifference.Hessian(Real.AsFunction((Real[] p) => Battery.Of(name, p)), point);

            for (var i = 0; i < 3; i++)
            {
                for (var j = 0; j < 3; j++)
                {
                    AssertClose(symbolic[i, j], hyperDual[i, j], ExactRelative, $"{name}: H[{i},{j}] symbolic vs hyper-dual");
                    AssertClose(symbolic[i, j], differences[i, j], HessianDifferenceRelative, $"{name}: H[{i},{j}] symbolic vs second differences");
                }
            }
        }
    }

    /// <summary>|a − b| ≤ tolerance · max(1, |a|, |b|): relative for large values, absolute near zero.</summary>
    private static void AssertClose(double expected, double actual, double tolerance, string what)
    {
        var scale = Math.Max(1, Math.Max(Math.Abs(expected), Math.Abs(actual)));
        Assert.True(Math.Abs(expected - actual) <= tolerance * scale, $"{what}: {expected} vs {actual}");
    }

    private static double[] RandomPoint(Random random) => [random.NextDouble() * 2 - 1, random.NextDouble() * 2 - 1, random.NextDouble() * 2 - 1];

    private static Expr[] Symbols() => [Expr.Variable("x"), Expr.Variable("y"), Expr.Variable("z")];

    private static (string Name, double Value)[] Values(double[] p) => [("x", p[0]), ("y", p[1]), ("z", p[2])];

    /// <summary>The functions, each written once over any number type.</summary>
    private static class Battery
    {
        public static readonly string[] Names =
        [
            "rosenbrock", "product and trig", "exp over quadratic", "log and root", "tan and cube",
            "sigmoid of a line", "power times cosine", "quotient and gaussian",
        ];

        public static T Of<T>(string name, T[] p) where T : IScalar<T>
        {
            var (x, y, z) = (p[0], p[1], p[2]);
            return name switch
            {
                "rosenbrock" => Square(1.0 - x) + (100.0 * Square(y - (x * x))) + z,
                "product and trig" => (x * y * z) + (Sin(x) * Cos(y)),
                "exp over quadratic" => Exp(x * y) / (1.0 + (z * z)),
                "log and root" => Log(1.0 + (x * x) + (y * y)) + Sqrt(2.0 + Sin(x * z)),
                "tan and cube" => Tan(0.3 * x) + Pow(x - y, 3) + (z * y),
                "sigmoid of a line" => Sigmoid((2.0 * x) - y + (0.5 * z)),
                "power times cosine" => Pow((x * x) + 1.0, 1.5) * Cos(y + z),
                "quotient and gaussian" => (x / ((y * y) + 1.0)) - (z * Exp(-(x * x))),
                _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Not in the battery."),
            };
        }
    }
}
