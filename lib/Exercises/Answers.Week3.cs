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

        /// <summary>The sample of the 100 heart samples that exercise 3.3 uses: t = 2π·10/100.</summary>
        public const int OutputErrorSample = 10;

        /// <summary>(f ∘ p)(r, θ) = (r cos θ)² · r sin θ, f(x, y) = x²y after polar coordinates p: Exercise 3.1's Jacobian is its gradient.</summary>
        public static double PolarComposite(double[] polar)
        {
            ArgumentNullException.ThrowIfNull(polar);
            var (x, y) = (polar[0] * Math.Cos(polar[1]), polar[0] * Math.Sin(polar[1]));
            return x * x * y;
        }

        /// <summary>δ₃ = ∂C/∂z₃ of the seeded 1-6-7-2 heart network for sample 10 of 100, from the library's <see cref="Backpropagation"/> (Exercise 3.3).</summary>
        public static Vector<double> OutputError
        {
            get
            {
                var (inputs, targets) = HeartCurve.TrainingData(100);
                var backpropagation = new Backpropagation(HeartNetwork(), 1);
                backpropagation.Run(inputs.SubMatrix(0, 1, OutputErrorSample, 1), targets.SubMatrix(0, 2, OutputErrorSample, 1));
                return backpropagation.Delta(3).Column(0);
            }
        }

        /// <summary>W₃ of the seeded heart network after one step of the library's <see cref="Trainer"/> with η = 2 on all 100 samples (Exercise 3.4).</summary>
        public static Matrix<double> WeightsAfterStep
        {
            get
            {
                var (inputs, targets) = HeartCurve.TrainingData(100);
                var network = HeartNetwork();
                new Trainer(network, inputs, targets, new TrainingOptions { LearningRate = 2 }).Step();
                return network.Layers[2].Weights.Clone();
            }
        }

        private static Network HeartNetwork() => Network.Create([1, 6, 7, 2], Activation.Sigmoid, HeartSeed);
    }
}
