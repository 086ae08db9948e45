using MathNet.Numerics.LinearAlgebra;

namespace Calculus.Tests.Optimisation;

/// <summary>Counts the calls of a delegate handed to an optimiser, to check the evaluation counts it reports.</summary>
internal sealed class CallCounter<TResult>(Func<Vector<double>, TResult> inner)
{
    public int Calls { get; private set; }

    public TResult Invoke(Vector<double> x)
    {
        Calls++;
        return inner(x);
    }
}
