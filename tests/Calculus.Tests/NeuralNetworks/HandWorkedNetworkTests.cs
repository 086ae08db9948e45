using Calculus.NeuralNetworks;
using MathNet.Numerics.LinearAlgebra;

namespace Calculus.Tests.NeuralNetworks;

public sealed class HandWorkedNetworkTests
{
    // Every number below is a short binary fraction, so the computed values are exact up to a rounding or two.
    private const double ExactUpToRounding = 1e-15;

    private static readonly Matrix<double> SigmoidInput = Matrix<double>.Build.Dense(1, 1, 1.5);
    private static readonly Matrix<double> SigmoidTarget = Matrix<double>.Build.Dense(1, 1, 0.25);

    /// <summary>
    /// A 1-1-1 sigmoid network: W₁ = 0.5, b₁ = −0.75, W₂ = 2, b₂ = −1, one sample x = 1.5 with target y = 0.25.
    ///
    /// Forward:  z₁ = 0.5·1.5 − 0.75 = 0,   a₁ = σ(0) = 0.5,   σ'(z₁) = 0.5·(1 − 0.5) = 0.25
    ///           z₂ = 2·0.5 − 1 = 0,         a₂ = σ(0) = 0.5,   σ'(z₂) = 0.25
    /// Cost:     C = (1/2N)‖a₂ − y‖² = ½·(0.5 − 0.25)² = 0.03125   (N = 1)
    /// Backward: ∂C/∂a₂ = (a₂ − y)/N = 0.25
    ///           δ₂ = ∂C/∂a₂ · σ'(z₂) = 0.25·0.25 = 0.0625
    ///           ∂C/∂W₂ = δ₂·a₁ = 0.0625·0.5 = 0.03125,    ∂C/∂b₂ = δ₂ = 0.0625
    ///           δ₁ = W₂·δ₂ · σ'(z₁) = 2·0.0625·0.25 = 0.03125
    ///           ∂C/∂W₁ = δ₁·x = 0.03125·1.5 = 0.046875,   ∂C/∂b₁ = δ₁ = 0.03125
    /// </summary>
    private static Network SigmoidNetwork() => new(
    [
        new Layer(Matrix<double>.Build.Dense(1, 1, 0.5), Vector<double>.Build.Dense(1, -0.75), Activation.Sigmoid),
        new Layer(Matrix<double>.Build.Dense(1, 1, 2.0), Vector<double>.Build.Dense(1, -1.0), Activation.Sigmoid),
    ]);

    [Fact]
    public void Forward_SigmoidOneOneOne_GivesTheHandWorkedZAndA()
    {
        var pass = SigmoidNetwork().Forward(SigmoidInput);

        Assert.Equal(1.5, pass.A(0)[0, 0]);
        Assert.Equal(0.0, pass.Z(1)[0, 0], ExactUpToRounding);
        Assert.Equal(0.5, pass.A(1)[0, 0], ExactUpToRounding);
        Assert.Equal(0.0, pass.Z(2)[0, 0], ExactUpToRounding);
        Assert.Equal(0.5, pass.Output[0, 0], ExactUpToRounding);
        Assert.Equal(0.5, SigmoidNetwork().Predict(Vector<double>.Build.Dense(1, 1.5))[0], ExactUpToRounding);
    }

    [Fact]
    public void Cost_SigmoidOneOneOne_IsTheHandWorkedValue()
    {
        var output = SigmoidNetwork().Predict(SigmoidInput);

        Assert.Equal(0.03125, Cost.MeanSquaredError(output, SigmoidTarget), ExactUpToRounding);
        Assert.Equal(0.25, Cost.MeanSquaredErrorGradient(output, SigmoidTarget)[0, 0], ExactUpToRounding);
    }

    [Fact]
    public void Backpropagation_SigmoidOneOneOne_GivesEveryHandWorkedGradient()
    {
        var network = SigmoidNetwork();
        var backpropagation = new Backpropagation(network, 1);

        var cost = backpropagation.Run(SigmoidInput, SigmoidTarget);

        var gradient = backpropagation.Gradient;
        Assert.Equal(0.03125, cost, ExactUpToRounding);
        Assert.Equal(0.03125, gradient.Cost, ExactUpToRounding);
        Assert.Equal(0.0625, backpropagation.Delta(2)[0, 0], ExactUpToRounding);
        Assert.Equal(0.03125, backpropagation.Delta(1)[0, 0], ExactUpToRounding);
        Assert.Equal(0.03125, gradient.Weights(2)[0, 0], ExactUpToRounding);
        Assert.Equal(0.0625, gradient.Biases(2)[0], ExactUpToRounding);
        Assert.Equal(0.046875, gradient.Weights(1)[0, 0], ExactUpToRounding);
        Assert.Equal(0.03125, gradient.Biases(1)[0], ExactUpToRounding);
    }

    /// <summary>
    /// A 1-1-1 network, ReLU then identity: W₁ = 2, b₁ = −1, W₂ = 3, b₂ = 0.5, two samples x = (1, 0.25), y = (3, 1).
    ///
    /// Forward:  z₁ = 2x − 1 = (1, −0.5),      a₁ = ReLU(z₁) = (1, 0),   σ'(z₁) = (1, 0)
    ///           z₂ = 3a₁ + 0.5 = (3.5, 0.5),   a₂ = z₂ = (3.5, 0.5),     σ'(z₂) = (1, 1)
    /// Cost:     C = (1/2N) Σ (a₂ − y)² = (1/4)·(0.5² + (−0.5)²) = 0.125   (N = 2)
    /// Backward: ∂C/∂a₂ = (a₂ − y)/N = (0.25, −0.25) = δ₂
    ///           ∂C/∂W₂ = Σ δ₂a₁ = 0.25·1 + (−0.25)·0 = 0.25,   ∂C/∂b₂ = Σ δ₂ = 0
    ///           δ₁ = W₂δ₂ ⊙ σ'(z₁) = (0.75, −0.75) ⊙ (1, 0) = (0.75, 0)
    ///           ∂C/∂W₁ = Σ δ₁x = 0.75·1 + 0·0.25 = 0.75,      ∂C/∂b₁ = Σ δ₁ = 0.75
    /// The second sample's ReLU is off, so it sends nothing back to layer 1.
    /// </summary>
    [Fact]
    public void Backpropagation_ReLUThenIdentityOnTwoSamples_AveragesOverTheBatch()
    {
        var network = new Network(
        [
            new Layer(Matrix<double>.Build.Dense(1, 1, 2.0), Vector<double>.Build.Dense(1, -1.0), Activation.ReLU),
            new Layer(Matrix<double>.Build.Dense(1, 1, 3.0), Vector<double>.Build.Dense(1, 0.5), Activation.Identity),
        ]);
        var inputs = Matrix<double>.Build.DenseOfRowArrays([1.0, 0.25]);
        var targets = Matrix<double>.Build.DenseOfRowArrays([3.0, 1.0]);

        var gradient = Backpropagation.Compute(network, inputs, targets);

        Assert.Equal(0.125, gradient.Cost, ExactUpToRounding);
        Assert.Equal(0.25, gradient.Weights(2)[0, 0], ExactUpToRounding);
        Assert.Equal(0.0, gradient.Biases(2)[0], ExactUpToRounding);
        Assert.Equal(0.75, gradient.Weights(1)[0, 0], ExactUpToRounding);
        Assert.Equal(0.75, gradient.Biases(1)[0], ExactUpToRounding);
    }
}
