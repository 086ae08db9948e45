using Calculus.NeuralNetworks;
using MathNet.Numerics.LinearAlgebra;

namespace Calculus.Tests.NeuralNetworks;

public sealed class GradientNormsTests
{
    private static Network Linear121() => new(
    [
        new Layer(Matrix<double>.Build.DenseOfArray(new[,] { { 2.0 } }), Vector<double>.Build.Dense(1), Activation.Identity),
        new Layer(Matrix<double>.Build.DenseOfArray(new[,] { { 3.0 } }), Vector<double>.Build.Dense(1), Activation.Identity),
    ]);

    [Fact]
    public void Errors_LinearChainByHand_AreTheBackpropagatedDeltas()
    {
        // x = 1, y = 0: a₁ = 2, a₂ = 6, C = ½·6² = 18; δ₂ = a₂ − y = 6, δ₁ = W₂ δ₂ = 18.
        var norms = GradientNorms.Errors(Linear121(), Matrix<double>.Build.Dense(1, 1, 1.0), Matrix<double>.Build.Dense(1, 1));

        Assert.Equal([18.0, 6.0], norms);
    }

    [Fact]
    public void Weights_LinearChainByHand_AreDeltaTimesTheLayerInput()
    {
        // ∂C/∂W₂ = δ₂ a₁ = 6·2 = 12 and ∂C/∂W₁ = δ₁ x = 18·1 = 18.
        var norms = GradientNorms.Weights(Linear121(), Matrix<double>.Build.Dense(1, 1, 1.0), Matrix<double>.Build.Dense(1, 1));

        Assert.Equal([18.0, 12.0], norms);
    }

    [Fact]
    public void Errors_SigmoidHeartNetwork_ShrinkByAtMostAQuarterOfTheWeightsNormPerLayer()
    {
        // δ_l = (W_{l+1}ᵀ δ_{l+1}) ⊙ σ′(z_l) with 0 < σ′ ≤ ¼, so ‖δ_l‖ ≤ ¼ ‖W_{l+1}‖₂ ‖δ_{l+1}‖.
        var (inputs, targets) = HeartCurve.TrainingData(100);
        var network = Network.Create([1, 6, 7, 2], Activation.Sigmoid, 4);

        var norms = GradientNorms.Errors(network, inputs, targets);

        for (var l = 1; l < 3; l++)
        {
            Assert.True(norms[l - 1] < norms[l], $"‖δ{l}‖ = {norms[l - 1]} should be below ‖δ{l + 1}‖ = {norms[l]}");
            Assert.True(norms[l - 1] <= 0.25 * network.Layers[l].Weights.L2Norm() * norms[l]);
        }
    }

    [Fact]
    public void Weights_AgreeWithTheFrobeniusNormsOfBackpropagation()
    {
        var (inputs, targets) = HeartCurve.TrainingData(20);
        var network = Network.Create([1, 6, 7, 2], [Activation.ReLU, Activation.ReLU, Activation.Sigmoid], 4);
        var gradient = Backpropagation.Compute(network, inputs, targets);

        var norms = GradientNorms.Weights(network, inputs, targets);

        Assert.Equal(Enumerable.Range(1, 3).Select(l => gradient.Weights(l).FrobeniusNorm()), norms);
    }

    [Fact]
    public void Errors_TargetsOfTheWrongShape_Throw()
    {
        Assert.Throws<ArgumentException>(() => GradientNorms.Errors(Linear121(), Matrix<double>.Build.Dense(1, 2), Matrix<double>.Build.Dense(1, 3)));
    }
}
