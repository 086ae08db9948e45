using static Calculus.Elementary;

namespace Calculus.Tests.Scalars;

public sealed class RealTests
{
    // Real does the same double arithmetic as the formula written with Math: equal to 15 decimal places.
    private const int SameArithmetic = 15;

    private static T Sample<T>(T x) where T : IScalar<T> => (2 * Square(x)) - (Exp(x) / (1 + x)) + Sqrt(x) * Sin(x) * Cos(x) + Tan(x) + Log(x);

    [Fact]
    public void GenericFunction_EvaluatedOnReal_EqualsTheSameFormulaOnDoubles()
    {
        var x = 0.8;
        var expected = (2 * x * x) - (Math.Exp(x) / (1 + x)) + (Math.Sqrt(x) * Math.Sin(x) * Math.Cos(x)) + Math.Tan(x) + Math.Log(x);

        double actual = Sample<Real>(x);

        Assert.Equal(expected, actual, SameArithmetic);
    }

    [Fact]
    public void AsFunction_SeveralVariables_IsAPlainDoubleFunction()
    {
        var f = Real.AsFunction((Real[] p) => p[0] * p[1]);

        Assert.Equal(6.0, f([2, 3]));
    }

    [Fact]
    public void Tanh_AndSigmoid_MatchTheirDefinitions()
    {
        Assert.Equal(Math.Tanh(0.3), Tanh<Real>(0.3).Value, SameArithmetic);
        Assert.Equal(1 / (1 + Math.Exp(-0.3)), Sigmoid<Real>(0.3).Value, SameArithmetic);
    }
}
