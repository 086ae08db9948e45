namespace Calculus.Tests;

/// <summary>Compares numbers to within an absolute tolerance, for Assert.Equal on sequences.</summary>
internal sealed class ToleranceComparer(double tolerance) : IEqualityComparer<double>
{
    public bool Equals(double x, double y) => Math.Abs(x - y) <= tolerance;

    public int GetHashCode(double value) => 0;
}
