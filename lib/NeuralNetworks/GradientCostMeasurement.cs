namespace Calculus.NeuralNetworks;

/// <summary>
/// What one gradient ∂C/∂θ of a network's cost costs, three ways: the passes through the cost that forward mode (P),
/// reverse mode (1) and central differences (2P) make, the time each takes, and how far they are from backpropagation.
/// </summary>
/// <param name="Name">The network's layer sizes, e.g. "1-6-7-2".</param>
/// <param name="ParameterCount">P, the number of weights and biases.</param>
/// <param name="ForwardPasses">Evaluations of the cost by forward mode (dual numbers): P.</param>
/// <param name="ReversePasses">Evaluations of the cost by reverse mode (a tape): 1, then one backward sweep.</param>
/// <param name="DifferenceEvaluations">Evaluations of the cost by central differences: 2P, two per parameter.</param>
/// <param name="ForwardMilliseconds">The time of one forward-mode gradient (the fastest of three runs).</param>
/// <param name="ReverseMilliseconds">The time of one reverse-mode gradient (the fastest of three runs).</param>
/// <param name="BackpropagationMilliseconds">The time of one backpropagation (the fastest of three runs).</param>
/// <param name="Disagreement">The largest |forward − backprop| or |reverse − backprop| over the P entries.</param>
public sealed record GradientCostMeasurement(
    string Name,
    int ParameterCount,
    int ForwardPasses,
    int ReversePasses,
    int DifferenceEvaluations,
    double ForwardMilliseconds,
    double ReverseMilliseconds,
    double BackpropagationMilliseconds,
    double Disagreement);
