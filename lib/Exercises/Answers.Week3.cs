using Calculus.NeuralNetworks;
using MathNet.Numerics.LinearAlgebra;

namespace Calculus.Exercises;

public static partial class Answers
{
    /// <summary>The expected answers of week 3, the chain rule and neural networks, for the checks after its exercises.</summary>
    public static class Week3
    {
        /// <summary>The seed of the heart network's random starting weights in week 3.</summary>
        public const int HeartSeed = 4;

        /// <summary>N, the number of heart samples the week's network learns from.</summary>
        public const int SampleCount = 100;

        /// <summary>η of the single gradient-descent step that Exercise 3.9 is checked on.</summary>
        public const double StepLearningRate = 2;

        /// <summary>(f ∘ p)(r, θ) = (r cos θ)² · r sin θ, f(x, y) = x²y after polar coordinates p: Exercise 3.1's Jacobian is its gradient.</summary>
        public static double PolarComposite(double[] polar)
        {
            ArgumentNullException.ThrowIfNull(polar);
            var (x, y) = (polar[0] * Math.Cos(polar[1]), polar[0] * Math.Sin(polar[1]));
            return x * x * y;
        }

        /// <summary>δ₃ = ∂C/∂z₃ of the seeded 1-6-7-2 heart network on all N samples (2×N), from the library's <see cref="Backpropagation"/> (Exercise 3.2).</summary>
        public static Matrix<double> OutputError
        {
            get
            {
                var (inputs, targets) = HeartCurve.TrainingData(SampleCount);
                var backpropagation = new Backpropagation(HeartNetwork(), SampleCount);
                backpropagation.Run(inputs, targets);
                return backpropagation.Delta(3).Clone();
            }
        }

        /// <summary>∂C/∂W_l of the seeded heart network on all N samples, from the library's <see cref="Backpropagation"/> (J_W3, J_W2, J_W1).</summary>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="l"/> is not 1, 2 or 3.</exception>
        public static Matrix<double> WeightJacobian(int l) => HeartGradient().Weights(l).Clone();

        /// <summary>∂C/∂b_l of the seeded heart network on all N samples, from the library's <see cref="Backpropagation"/> (J_b3, J_b2, J_b1).</summary>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="l"/> is not 1, 2 or 3.</exception>
        public static Vector<double> BiasJacobian(int l) => HeartGradient().Biases(l).Clone();

        /// <summary>∂C/∂W_l of the seeded heart network by central differences (C(W + h) − C(W − h))/2h, one weight at a time (<see cref="GradientCheck"/>).</summary>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="l"/> is not 1, 2 or 3.</exception>
        public static Matrix<double> WeightJacobianByDifferences(int l)
        {
            var layer = HeartNetwork().Layers[CheckLayer(l) - 1];
            var jacobian = Matrix<double>.Build.Dense(layer.OutputSize, layer.InputSize);
            foreach (var entry in HeartGradientCheck().Entries.Where(entry => entry.Layer == l && !entry.IsBias))
            {
                jacobian[entry.Row, entry.Column] = entry.FiniteDifference;
            }

            return jacobian;
        }

        /// <summary>∂C/∂b_l of the seeded heart network by central differences (C(b + h) − C(b − h))/2h, one bias at a time (<see cref="GradientCheck"/>).</summary>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="l"/> is not 1, 2 or 3.</exception>
        public static Vector<double> BiasJacobianByDifferences(int l)
        {
            CheckLayer(l);
            return Vector<double>.Build.DenseOfEnumerable(
                HeartGradientCheck().Entries.Where(entry => entry.Layer == l && entry.IsBias).OrderBy(entry => entry.Row).Select(entry => entry.FiniteDifference));
        }

        /// <summary>θ = (W₁, b₁, W₂, b₂, W₃, b₃) of the seeded heart network after <paramref name="steps"/> steps θ ← θ − η ∂C/∂θ of the library's <see cref="Trainer"/>, η = 2 (Exercise 3.9 checks two, so a step that reads another network's weights is caught).</summary>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="steps"/> is negative.</exception>
        public static double[] ParametersAfterSteps(int steps)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(steps);
            var (inputs, targets) = HeartCurve.TrainingData(SampleCount);
            var network = HeartNetwork();
            var trainer = new Trainer(network, inputs, targets, new TrainingOptions { LearningRate = StepLearningRate });
            for (var k = 0; k < steps; k++)
            {
                trainer.Step();
            }

            return ParameterVector.Of(network);
        }

        private static Network HeartNetwork() => Network.Create([1, 6, 7, 2], Activation.Sigmoid, HeartSeed);

        private static CostGradient HeartGradient()
        {
            var (inputs, targets) = HeartCurve.TrainingData(SampleCount);
            return Backpropagation.Compute(HeartNetwork(), inputs, targets);
        }

        private static GradientCheck HeartGradientCheck()
        {
            var (inputs, targets) = HeartCurve.TrainingData(SampleCount);
            return GradientCheck.Run(HeartNetwork(), inputs, targets);
        }

        private static int CheckLayer(int l) =>
            l is >= 1 and <= 3 ? l : throw new ArgumentOutOfRangeException(nameof(l), l, "The heart network's layers are numbered 1 to 3.");
    }
}
