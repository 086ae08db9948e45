namespace Calculus.Optimisation;

/// <summary>One row of a Newton–Raphson table: n, xₙ, f(xₙ), f'(xₙ) and the step −f(xₙ)/f'(xₙ) taken from it.</summary>
/// <param name="N">n, the iteration number, from 0 at the start.</param>
/// <param name="X">xₙ.</param>
/// <param name="Value">f(xₙ).</param>
/// <param name="Derivative">f'(xₙ).</param>
/// <param name="Step">xₙ₊₁ − xₙ = −f(xₙ)/f'(xₙ); NaN when the iteration stopped here without stepping.</param>
public sealed record NewtonRaphsonStep(int N, double X, double Value, double Derivative, double Step);
