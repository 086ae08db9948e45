using Calculus.Exercises;
using Calculus.FiniteDifferences;
using Calculus.NeuralNetworks;
using Calculus.Symbolic;
using MathNet.Numerics.LinearAlgebra;

namespace Calculus.Tests.Exercises;

/// <summary>
/// Week 3's drills against values worked out by hand and against an independent method: the shape of a finite-difference
/// Jacobian of the real network map, central differences of the composed function, and of the activation itself.
/// </summary>
public sealed class DrillsWeek3Tests
{
    private static readonly int[] s_sizes = [1, 6, 7, 2];

    [Theory]
    [InlineData(2, 0, 7, 6)] // ∂z⁽²⁾/∂a⁽¹⁾ is W⁽²⁾: 7×6
    [InlineData(2, 1, 7, 7)] // ∂a⁽²⁾/∂z⁽²⁾ is diagonal: 7×7
    [InlineData(3, 2, 2, 7)] // ∂a⁽³⁾/∂a⁽²⁾: 2×7
    [InlineData(3, 3, 1, 2)] // ∂C/∂a⁽³⁾: a row of 2
    [InlineData(1, 4, 1, 6)] // ∂C/∂b⁽¹⁾: a row of 6
    public void JacobianShape_HandExamples_ExpectRowsAndColumns(int layer, int part, int rows, int columns)
    {
        var question = Drills.JacobianShape(s_sizes, layer, part);

        Assert.Null(question.Expected.Judge(new double[] { rows, columns }, seed: 1));
        Assert.NotNull(question.Expected.Judge(new double[] { rows, columns + 1 }, seed: 1));
    }

    [Theory]
    [InlineData(1, 0)]
    [InlineData(2, 1)]
    [InlineData(2, 2)]
    [InlineData(1, 3)]
    [InlineData(3, 3)]
    [InlineData(2, 4)]
    public void JacobianShape_EveryPart_IsTheShapeOfTheDifferenceJacobianOfTheNetworkMap(int layer, int part)
    {
        var network = Network.Create(s_sizes, Activation.Sigmoid, seed: 3);
        var target = Matrix<double>.Build.Dense(2, 1, 0.5);
        var inputs = Matrix<double>.Build.Dense(1, 1, 0.4);
        var pass = network.Forward(inputs);
        var w = network.Layers[layer - 1];
        Func<double[], double[]> map = part switch
        {
            0 => a => (w.Weights * Column(a) + Column(w.Biases.ToArray())).Column(0).ToArray(),
            1 => z => z.Select(Activation.Sigmoid.Value).ToArray(),
            2 => a => w.Forward(Column(a)).Column(0).ToArray(),
            3 => a => [Cost.MeanSquaredError(ForwardFrom(network, layer, Column(a)), target)],
            _ => b => [Cost.MeanSquaredError(WithBiases(network, layer, b).Predict(inputs), target)],
        };
        var at = part switch
        {
            0 or 2 => pass.A(layer - 1).Column(0).ToArray(),
            1 => pass.Z(layer).Column(0).ToArray(),
            3 => pass.A(layer).Column(0).ToArray(),
            _ => w.Biases.ToArray(),
        };

        var jacobian = FiniteDifference.Jacobian(map, at);

        Assert.Null(Drills.JacobianShape(s_sizes, layer, part).Expected.Judge(new double[] { jacobian.RowCount, jacobian.ColumnCount }, seed: 1));
    }

    [Fact]
    public void JacobianShape_LayerOutOfRange_ThrowsNamingTheRange()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Drills.JacobianShape(s_sizes, 4, 0));

        Assert.Contains("from 1 to 3", error.Message);
    }

    [Fact]
    public void ChainProduct_ProductOfLineAndSquare_Expects2AndCentralDifferences()
    {
        var (x, u, v) = (Expr.Variable("x"), Expr.Variable("u"), Expr.Variable("v"));

        var question = Drills.ChainProduct(u * v, (2 * x) - 3, Expr.Pow(x, 2) + 1, 1);

        // By hand at x = 1: u = −1, v = 2; ∂y/∂u = v = 2, ∂y/∂v = u = −1; du/dx = 2, dv/dx = 2x = 2; so 2·2 + (−1)·2 = 2.
        Assert.Null(question.Expected.Judge(2.0, seed: 1));
        Assert.NotNull(question.Expected.Judge(4.0, seed: 1)); // the u-path alone
        var composed = FiniteDifference.Derivative(t => ((2 * t) - 3) * ((t * t) + 1), 1);
        Assert.Null(question.Expected.Judge(Math.Round(composed, 6), seed: 1));
    }

    [Fact]
    public void ChainProduct_Seeded_NeverAsksAtZero()
    {
        for (var seed = 1; seed <= 40; seed++)
        {
            Assert.DoesNotContain("at $x = 0$", Drills.ChainProduct(new Random(seed)).Question);
        }
    }

    [Theory]
    [InlineData("sigma", 1, "a*(1-a)", "a*(1+a)")]
    [InlineData("sigma", 2, "2a(1-a)", "a(1-a)")]
    [InlineData("tanh", 1, "1-a^2", "1-a")]
    [InlineData("tanh", 3, "3 - 3a^2", "1-a^2")]
    public void ActivationDerivative_HandForms_AcceptTheRightOneOnly(string activation, int k, string right, string wrong)
    {
        var question = Drills.ActivationDerivative(activation, k);

        Assert.Null(question.Expected.Judge(right, seed: 1));
        Assert.NotNull(question.Expected.Judge(wrong, seed: 1));
    }

    [Theory]
    [InlineData("sigma", 2)]
    [InlineData("tanh", 3)]
    public void ActivationDerivative_ExpectedForm_MatchesCentralDifferencesOfTheActivation(string activation, int k)
    {
        var f = activation == "sigma" ? Activation.Sigmoid : Activation.Tanh;
        var expected = Expr.Parse(Drills.ActivationDerivative(activation, k).Expected.Shown);

        foreach (var z in new[] { -1.1, -0.3, 0.2, 0.9 })
        {
            var a = f.Value(k * z);
            Assert.Equal(FiniteDifference.Derivative(t => f.Value(k * t), z), expected.Evaluate(("a", a)), 7);
        }
    }

    [Fact]
    public void ActivationDerivative_UnknownActivation_ThrowsNamingTheChoices()
    {
        var error = Assert.Throws<ArgumentException>(() => Drills.ActivationDerivative("relu", 1));

        Assert.Contains("\"sigma\" or \"tanh\"", error.Message);
    }

    private static Matrix<double> Column(double[] values) => Matrix<double>.Build.DenseOfColumnArrays(values);

    private static Matrix<double> ForwardFrom(Network network, int layer, Matrix<double> a) =>
        network.Layers.Skip(layer).Aggregate(a, (current, next) => next.Forward(current));

    private static Network WithBiases(Network network, int layer, double[] biases) =>
        new(network.Layers.Select((l, i) => i == layer - 1 ? new Layer(l.Weights, Vector<double>.Build.DenseOfArray(biases), l.Activation) : l).ToArray());
}
