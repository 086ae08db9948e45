namespace Calculus.Optimisation;

/// <summary>Why an iteration stopped: converged, or which of the ways it can fail.</summary>
public enum StopReason
{
    /// <summary>The stopping test passed: the step (1-D) or the gradient (n-D) fell below the tolerance.</summary>
    Converged,

    /// <summary>f'(xₙ) = 0, so the Newton–Raphson step −f(xₙ)/f'(xₙ) is undefined: the tangent never meets the axis.</summary>
    ZeroDerivative,

    /// <summary>The iterates ran away: a value stopped being a finite number, |x| or f blew up (in n-D: moved over 10¹⁰ times its starting size), or (in 1-D) |f| grew five steps running.</summary>
    Diverged,

    /// <summary>An iterate came back to an earlier one, so the iteration would repeat the same steps for ever.</summary>
    Cycling,

    /// <summary>The iteration limit was reached before any other test stopped it.</summary>
    MaxIterations,

    /// <summary>The Hessian was singular (or nearly so), so the Newton step H Δ = −∇f has no unique solution.</summary>
    SingularHessian,

    /// <summary>Backtracking shrank the step until it was negligible and f still did not fall enough (Armijo's test).</summary>
    LineSearchFailed,
}
