namespace Calculus.Optimisation;

/// <summary>What a constrained stationary point is, judged by the curvature of the Lagrangian along the constraints.</summary>
public enum StationaryPointKind
{
    /// <summary>A constrained minimum: the Hessian of L curves upwards in every direction along the constraints.</summary>
    Minimum,

    /// <summary>A constrained maximum: the Hessian of L curves downwards in every direction along the constraints.</summary>
    Maximum,

    /// <summary>Neither: up along some directions of the constraints and down along others (a saddle).</summary>
    Saddle,

    /// <summary>The second-order test cannot tell: the curvature is zero along some direction of the constraints.</summary>
    Inconclusive,
}
