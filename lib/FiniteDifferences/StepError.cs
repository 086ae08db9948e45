namespace Calculus.FiniteDifferences;

/// <summary>One point of the error-against-step curve: the step h, the estimate it gave, and |estimate − exact|.</summary>
/// <param name="Step">The step h.</param>
/// <param name="Estimate">The finite-difference estimate of f'(x).</param>
/// <param name="Error">|estimate − exact derivative|.</param>
public sealed record StepError(double Step, double Estimate, double Error);
