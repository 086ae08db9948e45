using Calculus.Exercises;
using Calculus.FiniteDifferences;
using Calculus.NeuralNetworks;
using MathNet.Numerics.LinearAlgebra;

namespace Calculus.Tests.Exercises;

public sealed class AnswersWeek3Tests
{
    // Central differences of the cost in one parameter, with h = 1e-5: their error is about h²·|C'''| plus ε·C/h,
    // both far below 1e-9 for this cost (C ≈ 0.08), while the gradients are 1e-4 to 1e-1.
    private const double DifferenceTolerance = 1e-9;
    private const double DifferenceStep = 1e-5;

    [Fact]
    public void PolarComposite_ByHand_IsR3Cos2SinAndItsGradientTheChainRuleProduct()
    {
        // f(p(2, π/4)) = (√2)²·√2 = 2√2.
        Assert.Equal(2 * Math.Sqrt(2), Answers.Week3.PolarComposite([2, Math.PI / 4]), 12);

        // J_f J_p at (r, θ) = (1, 0.3): ∂/∂r (r³ cos²θ sin θ) = 3 cos²θ sin θ, ∂/∂θ = cos³θ − 2 cos θ sin²θ.
        var (c, s) = (Math.Cos(0.3), Math.Sin(0.3));
        var gradient = FiniteDifference.Gradient(Answers.Week3.PolarComposite, [1.0, 0.3]);
        Assert.Equal(3 * c * c * s, gradient[0], 8);
        Assert.Equal((c * c * c) - (2 * c * s * s), gradient[1], 8);
    }

    [Fact]
    public void OutputError_HeartBatch_IsTheOutputErrorFormulaOnTheForwardPass()
    {
        var (inputs, targets) = HeartCurve.TrainingData(100);
        var a = HeartNetwork().Forward(inputs).Output;

        // δ₃ = (a₃ − y)/N ⊙ σ′(z₃), and σ′(z₃) = a₃(1 − a₃).
        var byHand = ((a - targets) / 100).PointwiseMultiply(a.Map(v => v * (1 - v)));

        AssertClose(byHand, Answers.Week3.OutputError, 1e-15);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void WeightJacobian_EachLayer_MatchesCentralDifferencesOfTheCost(int l)
    {
        var expected = Answers.Week3.WeightJacobian(l);
        var layer = HeartNetwork().Layers[l - 1];
        Assert.Equal((layer.OutputSize, layer.InputSize), (expected.RowCount, expected.ColumnCount));
        for (var i = 0; i < expected.RowCount; i++)
        {
            for (var j = 0; j < expected.ColumnCount; j++)
            {
                Assert.Equal(Difference(l, bias: false, i, j), expected[i, j], DifferenceTolerance);
            }
        }

        AssertClose(expected, Answers.Week3.WeightJacobianByDifferences(l), DifferenceTolerance);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void BiasJacobian_EachLayer_MatchesCentralDifferencesOfTheCost(int l)
    {
        var expected = Answers.Week3.BiasJacobian(l);
        var byDifferences = Answers.Week3.BiasJacobianByDifferences(l);
        Assert.Equal(HeartNetwork().Layers[l - 1].OutputSize, expected.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(Difference(l, bias: true, i, 0), expected[i], DifferenceTolerance);
            Assert.Equal(expected[i], byDifferences[i], DifferenceTolerance);
        }
    }

    [Fact]
    public void BiasJacobian_OutputLayer_IsTheRowSumsOfTheOutputError()
    {
        // ∂C/∂b₃ = Σₙ δ₃ over the samples: each bias adds to its own z in every sample.
        AssertClose(Answers.Week3.OutputError.RowSums().ToColumnMatrix(), Answers.Week3.BiasJacobian(3).ToColumnMatrix(), 1e-15);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void ParametersAfterSteps_OneOrTwo_AreThetaMinusTwoTimesTheCentralDifferenceGradientEachTime(int steps)
    {
        var network = HeartNetwork();
        var (inputs, targets) = HeartCurve.TrainingData(100);
        for (var k = 0; k < steps; k++)
        {
            var theta = ParameterVector.Of(network);
            var differences = GradientCheck.Run(network, inputs, targets).Entries.Select(entry => entry.FiniteDifference).ToArray();
            Write(network, theta.Select((value, i) => value - (Answers.Week3.StepLearningRate * differences[i])).ToArray());
        }

        var after = Answers.Week3.ParametersAfterSteps(steps);

        Assert.Equal(77, after.Length);
        var expected = ParameterVector.Of(network);
        for (var k = 0; k < after.Length; k++)
        {
            Assert.Equal(expected[k], after[k], 1e-8);
        }
    }

    [Fact]
    public void ParametersAfterSteps_TwoSteps_DifferFromOne()
    {
        var (one, two) = (Answers.Week3.ParametersAfterSteps(1), Answers.Week3.ParametersAfterSteps(2));

        Assert.True(one.Zip(two).Max(pair => Math.Abs(pair.First - pair.Second)) > 1e-4);
    }

    /// <summary>Writes θ into the network's weights and biases in <see cref="ParameterVector"/>'s order (W₁ row by row, b₁, W₂, …).</summary>
    private static void Write(Network network, double[] theta)
    {
        var k = 0;
        foreach (var layer in network.Layers)
        {
            for (var i = 0; i < layer.OutputSize; i++)
            {
                for (var j = 0; j < layer.InputSize; j++)
                {
                    layer.Weights[i, j] = theta[k++];
                }
            }

            for (var i = 0; i < layer.OutputSize; i++)
            {
                layer.Biases[i] = theta[k++];
            }
        }
    }

    [Fact]
    public void WeightJacobian_LayerFour_ThrowsNamingTheLayers()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Answers.Week3.WeightJacobianByDifferences(4));
        Assert.Throws<ArgumentOutOfRangeException>(() => Answers.Week3.WeightJacobian(0));
    }

    private static Network HeartNetwork() => Network.Create([1, 6, 7, 2], Activation.Sigmoid, Answers.Week3.HeartSeed);

    /// <summary>(C(θ + h) − C(θ − h))/2h for θ = W_l[i, j] (or b_l[i] when <paramref name="bias"/>), each cost on a fresh network.</summary>
    private static double Difference(int l, bool bias, int i, int j)
    {
        var (inputs, targets) = HeartCurve.TrainingData(100);
        double CostWith(double shift)
        {
            var network = HeartNetwork();
            var layer = network.Layers[l - 1];
            if (bias)
            {
                layer.Biases[i] += shift;
            }
            else
            {
                layer.Weights[i, j] += shift;
            }

            return Cost.MeanSquaredError(network.Predict(inputs), targets);
        }

        return (CostWith(DifferenceStep) - CostWith(-DifferenceStep)) / (2 * DifferenceStep);
    }

    private static void AssertClose(Matrix<double> expected, Matrix<double> actual, double tolerance)
    {
        Assert.Equal((expected.RowCount, expected.ColumnCount), (actual.RowCount, actual.ColumnCount));
        Assert.Equal(expected.ToColumnMajorArray(), actual.ToColumnMajorArray(), new ToleranceComparer(tolerance));
    }
}
