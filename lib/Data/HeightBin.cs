namespace Calculus.Data;

/// <summary>One bar of the heights histogram: how many people were at least <paramref name="LowerCm"/> and under <paramref name="UpperCm"/> tall.</summary>
/// <param name="LowerCm">The bin's lower edge, in centimetres (included).</param>
/// <param name="UpperCm">The bin's upper edge, in centimetres (excluded).</param>
/// <param name="Count">The number of people in the bin.</param>
public sealed record HeightBin(double LowerCm, double UpperCm, int Count) : IDatasetRow
{
    /// <inheritdoc/>
    public string? Problem => Count < 0 ? $"count is {Count}; a count cannot be negative" : UpperCm > LowerCm ? null : $"the bin [{LowerCm}, {UpperCm}) is empty; upper_cm must be above lower_cm";

    /// <summary>The bin's centre, (lower + upper) / 2.</summary>
    public double CentreCm => (LowerCm + UpperCm) / 2;
}
