using Calculus.Symbolic;

namespace Calculus.Tests.Symbolic;

/// <summary>The symbolic derivative of each expression against a central difference at random points.</summary>
public sealed class NumericCrossCheckTests
{
    /// <summary>The central difference step: near the cube root of machine epsilon (6e-6), the best step for it.</summary>
    private const double Step = 1e-5;

    /// <summary>
    /// The central difference (f(x + h) − f(x − h)) / 2h is off by about h²/6·|f'''| (truncation, ~2e-11 for the
    /// moderate third derivatives of these functions on these intervals) plus about ε·|f|/h (round-off,
    /// 2.2e-16 / 1e-5 ≈ 2e-11 relative to f). 1e-6, relative to max(1, |f'|), leaves a wide margin above both.
    /// </summary>
    private const double RelativeTolerance = 1e-6;

    private const int PointsPerExpression = 20;

    /// <summary>Each expression with an interval where it and its derivatives are smooth and moderate.</summary>
    public static TheoryData<string, double, double> Expressions => new()
    {
        { "x^2*sin(x)", -3, 3 },
        { "x/(1 + x)", 0, 4 },
        { "exp(sin(x))", -3, 3 },
        { "ln(x^2 + 1)*cos(2*x)", -2, 2 },
        { "sqrt(x)*exp(-x)", 0.2, 3 },
        { "tan(x)/x", 0.1, 1.2 },
        { "1/(1 + exp(-3*x))", -2, 2 },
        { "x^x", 0.3, 2.5 },
        { "2^x - x^3/(2 + cos(x))", -2, 2 },
        { "(x^2 - 1)^3/sqrt(1 + x^4)", -1.5, 1.5 },
        { "sin(exp(x/2))*ln(x)", 0.5, 3 },
        { "e^(-x^2)*pi", -2, 2 },
    };

    [Theory]
    [MemberData(nameof(Expressions))]
    public void Differentiate_AtRandomPoints_AgreesWithCentralDifference(string text, double low, double high)
    {
        var f = Expr.Parse(text);
        var value = f.CompileUnary();
        var derivative = f.Differentiate("x").CompileUnary();
        var random = new Random(text.Length * 7919);

        for (var i = 0; i < PointsPerExpression; i++)
        {
            var x = low + (high - low) * random.NextDouble();
            var centralDifference = (value(x + Step) - value(x - Step)) / (2 * Step);
            var symbolic = derivative(x);
            Assert.True(
                Math.Abs(symbolic - centralDifference) <= RelativeTolerance * Math.Max(1, Math.Abs(symbolic)),
                $"d/dx {text} at x = {x}: symbolic {symbolic}, central difference {centralDifference}.");
        }
    }

    [Fact]
    public void Gradient_Rosenbrock_AgreesWithCentralDifferences()
    {
        var f = Expr.Parse("(1 - x)^2 + 100*(y - x^2)^2");
        var value = f.Compile("x", "y");
        var gradient = SymbolicCalculus.Gradient(f, "x", "y");
        var random = new Random(42);

        for (var i = 0; i < PointsPerExpression; i++)
        {
            var x = random.NextDouble() * 3 - 1.5;
            var y = random.NextDouble() * 3 - 1;
            var symbolic = gradient.Evaluate(("x", x), ("y", y));
            var dx = (value(new[] { x + Step, y }) - value(new[] { x - Step, y })) / (2 * Step);
            var dy = (value(new[] { x, y + Step }) - value(new[] { x, y - Step })) / (2 * Step);
            Assert.True(Math.Abs(symbolic[0] - dx) <= RelativeTolerance * Math.Max(1, Math.Abs(symbolic[0])));
            Assert.True(Math.Abs(symbolic[1] - dy) <= RelativeTolerance * Math.Max(1, Math.Abs(symbolic[1])));
        }
    }
}
