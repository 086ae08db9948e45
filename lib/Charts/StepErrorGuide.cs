namespace Calculus.Charts;

/// <summary>
/// A grey guide line on a <see cref="StepErrorChart"/>: a predicted error E(h) for steps h from <paramref name="From"/> to
/// <paramref name="To"/>, e.g. the truncation error h·|f″(x)|/2 (dashed) or the round-off error ε·|f(x)|/h (dotted).
/// </summary>
/// <param name="Name">The legend entry, e.g. "truncation, h·|sin 1|/2".</param>
/// <param name="Error">The predicted error E(h).</param>
/// <param name="From">The smallest step drawn (positive).</param>
/// <param name="To">The largest step drawn (larger than <paramref name="From"/>).</param>
/// <param name="Dash">Plotly's dash style: "dash", "dot", "dashdot" or "solid".</param>
public sealed record StepErrorGuide(string Name, Func<double, double> Error, double From, double To, string Dash = "dash");
