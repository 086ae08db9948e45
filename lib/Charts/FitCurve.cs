namespace Calculus.Charts;

/// <summary>A model curve y = f(x) for <see cref="FitChart"/>: its legend entry, the function, a colour, and a dash style ("solid", "dash", "dot").</summary>
/// <param name="Name">The legend entry, e.g. "y = 2.5 + 0.8x: χ² = 17.9".</param>
/// <param name="F">The model, x ↦ f(x).</param>
/// <param name="Colour">A CSS colour.</param>
/// <param name="Dash">The Plotly dash style.</param>
public sealed record FitCurve(string Name, Func<double, double> F, string Colour, string Dash = "solid");
