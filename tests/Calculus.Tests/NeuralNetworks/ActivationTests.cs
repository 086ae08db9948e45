using Calculus.FiniteDifferences;
using Calculus.NeuralNetworks;
using MathNet.Numerics.LinearAlgebra;

namespace Calculus.Tests.NeuralNetworks;

public sealed class ActivationTests
{
    // Value and derivative against the same formula written out here: only rounding differs, a few ulps of numbers below 1.
    private const double FormulaTolerance = 1e-15;

    // A central difference at its balanced step h ≈ ε^(1/3) has error ≈ ε^(2/3)·|σ'''| ≈ 4e-11 for these activations
    // (|σ'''| ≤ 2); a hundredfold margin.
    private const double CentralDifferenceTolerance = 1e-8;

    // Points on both sides of 0 and out on the flat tails, but not at ReLU's kink.
    public static TheoryData<double> Points => new() { -4.0, -1.3, -0.2, 0.35, 1.0, 2.5, 6.0 };

    [Theory]
    [MemberData(nameof(Points))]
    public void Sigmoid_ValueAndDerivative_MatchTheFormulas(double z)
    {
        // σ(z) = 1/(1 + e⁻ᶻ), σ'(z) = e⁻ᶻ/(1 + e⁻ᶻ)², the quotient rule's form of σ(1 − σ).
        var expected = 1 / (1 + Math.Exp(-z));
        var expectedSlope = Math.Exp(-z) / Math.Pow(1 + Math.Exp(-z), 2);

        Assert.Equal(expected, Activation.Sigmoid.Value(z), FormulaTolerance);
        Assert.Equal(expectedSlope, Activation.Sigmoid.Derivative(z), FormulaTolerance);
    }

    [Theory]
    [MemberData(nameof(Points))]
    public void Tanh_ValueAndDerivative_MatchTheFormulas(double z)
    {
        // tanh z = (eᶻ − e⁻ᶻ)/(eᶻ + e⁻ᶻ), tanh' z = 1/cosh² z.
        var expected = (Math.Exp(z) - Math.Exp(-z)) / (Math.Exp(z) + Math.Exp(-z));
        var expectedSlope = 1 / Math.Pow(Math.Cosh(z), 2);

        Assert.Equal(expected, Activation.Tanh.Value(z), FormulaTolerance);
        Assert.Equal(expectedSlope, Activation.Tanh.Derivative(z), FormulaTolerance);
    }

    [Theory]
    [MemberData(nameof(Points))]
    public void ReLUAndIdentity_ValueAndDerivative_MatchTheFormulas(double z)
    {
        Assert.Equal(z > 0 ? z : 0, Activation.ReLU.Value(z));
        Assert.Equal(z > 0 ? 1 : 0, Activation.ReLU.Derivative(z));
        Assert.Equal(z, Activation.Identity.Value(z));
        Assert.Equal(1, Activation.Identity.Derivative(z));
    }

    [Fact]
    public void ReLU_DerivativeAtTheKink_IsZero()
    {
        Assert.Equal(0, Activation.ReLU.Derivative(0));
    }

    public static TheoryData<string, double> ActivationsAndPoints()
    {
        var data = new TheoryData<string, double>();
        foreach (var name in new[] { "sigmoid", "tanh", "ReLU", "identity" })
        {
            foreach (var z in Points)
            {
                data.Add(name, z);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ActivationsAndPoints))]
    public void Derivative_EachActivation_MatchesACentralDifference(string name, double z)
    {
        var activation = ByName(name);

        var numerical = FiniteDifference.Derivative(activation.Value, z);

        Assert.Equal(numerical, activation.Derivative(z), CentralDifferenceTolerance);
    }

    [Theory]
    [MemberData(nameof(ActivationsAndPoints))]
    public void DerivativeFromOutput_EachActivation_EqualsTheDerivativeAtZ(string name, double z)
    {
        // Backpropagation computes σ'(z) from a = σ(z) (a(1 − a), 1 − a²); it must be the same number.
        var activation = ByName(name);

        Assert.Equal(activation.Derivative(z), activation.DerivativeFromOutput(z, activation.Value(z)), FormulaTolerance);
    }

    [Fact]
    public void ApplyAndDerivative_OnAMatrix_WorkEntryByEntry()
    {
        var z = Matrix<double>.Build.DenseOfArray(new[,] { { -1.0, 0.0 }, { 0.5, 3.0 } });

        var a = Activation.Tanh.Apply(z);
        var slope = Activation.Tanh.Derivative(z);

        for (var i = 0; i < 2; i++)
        {
            for (var j = 0; j < 2; j++)
            {
                Assert.Equal(Math.Tanh(z[i, j]), a[i, j], FormulaTolerance);
                Assert.Equal(1 - (Math.Tanh(z[i, j]) * Math.Tanh(z[i, j])), slope[i, j], FormulaTolerance);
            }
        }
    }

    [Fact]
    public void Constructor_CustomActivation_IsUsedAsGiven()
    {
        var softplus = new Activation("softplus", z => Math.Log(1 + Math.Exp(z)), z => 1 / (1 + Math.Exp(-z)));

        Assert.Equal(Math.Log(2), softplus.Value(0), FormulaTolerance);
        Assert.Equal(0.5, softplus.Derivative(0), FormulaTolerance);
        Assert.Equal("softplus", softplus.ToString());
    }

    [Fact]
    public void Constructor_BlankName_Throws()
    {
        var exception = Assert.Throws<ArgumentException>(() => new Activation(" ", z => z, _ => 1));

        Assert.Equal("name", exception.ParamName);
    }

    private static Activation ByName(string name) => name switch
    {
        "sigmoid" => Activation.Sigmoid,
        "tanh" => Activation.Tanh,
        "ReLU" => Activation.ReLU,
        _ => Activation.Identity,
    };
}
