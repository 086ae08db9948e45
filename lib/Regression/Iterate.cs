namespace Calculus.Regression;

/// <summary>One point on a fit's path: the parameters θ after a step and χ²(θ) there (number 0 is the start).</summary>
/// <param name="Number">k, the step that led here (0 for the starting point).</param>
/// <param name="Parameters">θₖ, the parameters after step k.</param>
/// <param name="ChiSquared">χ²(θₖ).</param>
public sealed record Iterate(int Number, IReadOnlyList<double> Parameters, double ChiSquared);
