using MathNet.Numerics.LinearAlgebra;

namespace Calculus.Optimisation;

/// <summary>A stationary point of the Lagrangian, ∇f(x) = Σₖ λₖ∇gₖ(x) with every gₖ(x) = 0, and what kind it is.</summary>
public sealed class ConstrainedStationaryPoint
{
    internal ConstrainedStationaryPoint(Vector<double> x, Vector<double> multipliers, double value, StationaryPointKind kind, IReadOnlyList<double> tangentCurvatures)
    {
        X = x;
        Multipliers = multipliers;
        Value = value;
        Kind = kind;
        TangentCurvatures = tangentCurvatures;
    }

    /// <summary>x, the point.</summary>
    public Vector<double> X { get; }

    /// <summary>λ = (λ₁, …, λₘ), one multiplier per constraint: how much f changes per unit change in each constraint's level.</summary>
    public Vector<double> Multipliers { get; }

    /// <summary>f(x).</summary>
    public double Value { get; }

    /// <summary>Minimum, maximum, saddle, or inconclusive, by the signs of <see cref="TangentCurvatures"/>.</summary>
    public StationaryPointKind Kind { get; }

    /// <summary>
    /// The eigenvalues, smallest first, of ZᵀH_L Z: the Hessian of L, H_L = ∇²f − Σₖ λₖ∇²gₖ, projected onto the
    /// directions Z along which every constraint stays (to first order) satisfied. All positive: a minimum.
    /// </summary>
    public IReadOnlyList<double> TangentCurvatures { get; }

    /// <summary>For example "maximum f = 1.41421 at (0.707107, 0.707107), λ = (0.707107)".</summary>
    public override string ToString() =>
        $"{Kind.ToString().ToLowerInvariant()} f = {Formatting.Number(Value)} at {Formatting.Point(X)}, λ = {Formatting.Point(Multipliers)}";
}
