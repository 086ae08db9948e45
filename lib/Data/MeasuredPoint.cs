namespace Calculus.Data;

/// <summary>A measurement y at x with its uncertainty σ (one standard deviation).</summary>
/// <param name="X">Where it was measured.</param>
/// <param name="Y">What was measured.</param>
/// <param name="Sigma">Its uncertainty σ, positive.</param>
public sealed record MeasuredPoint(double X, double Y, double Sigma) : IDatasetRow
{
    /// <inheritdoc/>
    public string? Problem => Sigma > 0 ? null : $"sigma is {Sigma}; an uncertainty must be positive";
}
