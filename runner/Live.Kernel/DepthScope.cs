namespace Calculus.Live.Kernel;

/// <summary>One learner method call, counted by <see cref="CellGuard"/> from <see cref="CellGuard.Scope"/> until disposed.</summary>
public readonly struct DepthScope : IDisposable
{
    /// <summary>Leaves the method.</summary>
    public void Dispose() => CellGuard.Exit();
}
