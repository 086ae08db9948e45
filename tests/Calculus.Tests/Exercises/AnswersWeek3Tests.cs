using Calculus.Exercises;
using Calculus.FiniteDifferences;
using Calculus.NeuralNetworks;

namespace Calculus.Tests.Exercises;

public sealed class AnswersWeek3Tests
{
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
    public void OutputError_HeartSample_IsTheOutputErrorFormulaOnTheForwardPass()
    {
        var (inputs, targets) = HeartCurve.TrainingData(100);
        var network = Network.Create([1, 6, 7, 2], Activation.Sigmoid, Answers.Week3.HeartSeed);
        var pass = network.Forward(inputs.SubMatrix(0, 1, 10, 1));
        var y = targets.SubMatrix(0, 2, 10, 1).Column(0);

        // δ₃ = (a₃ − y) ⊙ σ′(z₃), and σ′(z₃) = a₃(1 − a₃).
        var a = pass.Output.Column(0);
        var byHand = (a - y).PointwiseMultiply(a.Map(v => v * (1 - v)));

        Assert.Equal(byHand.ToArray(), Answers.Week3.OutputError.ToArray(), new ToleranceComparer(1e-14));
    }

    [Fact]
    public void WeightsAfterStep_OneStep_IsWMinusTwoTimesTheCentralDifferenceGradient()
    {
        var (inputs, targets) = HeartCurve.TrainingData(100);
        var network = Network.Create([1, 6, 7, 2], Activation.Sigmoid, Answers.Week3.HeartSeed);
        var check = GradientCheck.Run(network, inputs, targets);
        var before = network.Layers[2].Weights;
        var after = Answers.Week3.WeightsAfterStep;

        foreach (var entry in check.Entries.Where(e => e.Layer == 3 && !e.IsBias))
        {
            Assert.Equal(before[entry.Row, entry.Column] - (2 * entry.FiniteDifference), after[entry.Row, entry.Column], 8);
        }
    }
}
