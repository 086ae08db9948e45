using MathNet.Numerics.LinearAlgebra;

namespace Calculus.Optimisation;

/// <summary>One run of Newton's method on ∇L(x, λ) = 0 from one starting point: its path and how it ended.</summary>
public sealed class LagrangeRun
{
    internal LagrangeRun(IReadOnlyList<Vector<double>> iterates, IReadOnlyList<Vector<double>> multiplierIterates, StopReason stopReason)
    {
        Iterates = iterates;
        MultiplierIterates = multiplierIterates;
        StopReason = stopReason;
    }

    /// <summary>x₀, x₁, …: the path in x, to draw over the contours of f.</summary>
    public IReadOnlyList<Vector<double>> Iterates { get; }

    /// <summary>λ₀, λ₁, …: the multipliers along the way (λ₀ is the least-squares fit of ∇f = Σₖ λₖ∇gₖ at x₀).</summary>
    public IReadOnlyList<Vector<double>> MultiplierIterates { get; }

    /// <summary>x₀, where the run started.</summary>
    public Vector<double> Start => Iterates[0];

    /// <summary>The last x reached.</summary>
    public Vector<double> Point => Iterates[^1];

    /// <summary>Why the run stopped.</summary>
    public StopReason StopReason { get; }

    /// <summary>True when ‖∇L‖ fell below the tolerance.</summary>
    public bool Converged => StopReason == StopReason.Converged;

    /// <summary>The number of Newton steps taken.</summary>
    public int Iterations => Iterates.Count - 1;
}
