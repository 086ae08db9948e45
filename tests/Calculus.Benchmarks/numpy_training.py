"""The training loop of TrainingBenchmarks in NumPy, for comparison.

A 1-6-7-2 sigmoid network learns the heart curve t -> (x, y) from 100 samples by 10,000 iterations of full-batch
gradient descent with momentum, exactly as Calculus.NeuralNetworks.Trainer does it: samples are columns,
C = (1/2N) sum ||a - y||^2, eta = 2, mu = 0.9. Only the loop is timed (median of three runs from the same start).

    /usr/bin/python3 numpy_training.py [--weights initial.json] [--iterations 10000] [--runs 3]

With --weights, the starting weights and biases are read from a JSON file
{"layers": [{"weights": [[...], ...], "biases": [...]}, ...]} (the benchmark writes the C# network's), so both
loops follow the same path and their final costs can be compared; without it, Glorot uniform weights are drawn
from NumPy's generator with seed 1.
"""

import argparse
import json
import statistics
import time

import numpy as np

SIZES = [1, 6, 7, 2]
SAMPLES = 100
LEARNING_RATE = 2.0
MOMENTUM = 0.9


def heart_curve(samples):
    """Inputs t_n = 2 pi n / N (1 x N) and the heart curve's points shrunk into (0, 1) (2 x N), as in HeartCurve."""
    t = 2 * np.pi * np.arange(samples) / samples
    x = 16 * np.sin(t) ** 3
    y = 13 * np.cos(t) - 5 * np.cos(2 * t) - 2 * np.cos(3 * t) - np.cos(4 * t)
    targets = np.vstack([0.5 + x / 40, 0.5 + (y + 2.5) / 40])
    return t[np.newaxis, :], targets


def initial_parameters(weights_path):
    """(W_l, b_l) for each layer: from the JSON file, or Glorot uniform with zero biases."""
    if weights_path:
        with open(weights_path, encoding="utf-8") as file:
            layers = json.load(file)["layers"]
        return [(np.array(layer["weights"], dtype=float), np.array(layer["biases"], dtype=float)[:, np.newaxis])
                for layer in layers]
    rng = np.random.default_rng(1)
    parameters = []
    for n_in, n_out in zip(SIZES[:-1], SIZES[1:]):
        r = np.sqrt(6.0 / (n_in + n_out))
        parameters.append((rng.uniform(-r, r, size=(n_out, n_in)), np.zeros((n_out, 1))))
    return parameters


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def train(parameters, inputs, targets, iterations):
    """Full-batch gradient descent with momentum; returns the cost before the last step, as Trainer records it."""
    weights = [w.copy() for w, _ in parameters]
    biases = [b.copy() for _, b in parameters]
    weight_velocity = [np.zeros_like(w) for w in weights]
    bias_velocity = [np.zeros_like(b) for b in biases]
    n = inputs.shape[1]
    layers = len(weights)
    cost = np.nan
    for _ in range(iterations):
        # Forward pass: z_l = W_l a_(l-1) + b_l, a_l = sigma(z_l).
        activations = [inputs]
        for w, b in zip(weights, biases):
            activations.append(sigmoid(w @ activations[-1] + b))
        # Cost and dC/da_L = (a_L - y)/N.
        difference = activations[-1] - targets
        cost = np.sum(difference * difference) / (2 * n)
        cost_by_activation = difference / n
        # Backward pass: delta_l = dC/da_l * sigma'(z_l), with sigma'(z_l) = a_l (1 - a_l).
        weight_gradients = [None] * layers
        bias_gradients = [None] * layers
        for l in range(layers - 1, -1, -1):
            a = activations[l + 1]
            delta = cost_by_activation * a * (1 - a)
            weight_gradients[l] = delta @ activations[l].T
            bias_gradients[l] = delta.sum(axis=1, keepdims=True)
            if l > 0:
                cost_by_activation = weights[l].T @ delta
        # The step: v <- mu v - eta dC/dtheta, theta <- theta + v.
        for l in range(layers):
            weight_velocity[l] = MOMENTUM * weight_velocity[l] - LEARNING_RATE * weight_gradients[l]
            bias_velocity[l] = MOMENTUM * bias_velocity[l] - LEARNING_RATE * bias_gradients[l]
            weights[l] += weight_velocity[l]
            biases[l] += bias_velocity[l]
    return cost


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--weights", help="JSON file with the starting weights and biases")
    parser.add_argument("--iterations", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    arguments = parser.parse_args()

    inputs, targets = heart_curve(SAMPLES)
    parameters = initial_parameters(arguments.weights)
    seconds = []
    for _ in range(arguments.runs):
        start = time.perf_counter()
        cost = train(parameters, inputs, targets, arguments.iterations)
        seconds.append(time.perf_counter() - start)
    print(f"NumPy {np.__version__}: {arguments.iterations} iterations in {statistics.median(seconds):.4f} s "
          f"(median of {arguments.runs}), final cost {cost:.17g}")


if __name__ == "__main__":
    main()
