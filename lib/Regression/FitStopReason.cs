namespace Calculus.Regression;

/// <summary>Why an iterative fit stopped; only <see cref="Converged"/> means the result is the minimum of χ².</summary>
public enum FitStopReason
{
    /// <summary>Converged: the decrease of χ² still possible, predicted from the curvature as ¼ gᵀ(JᵀWJ)⁻¹g, fell below the tolerance.</summary>
    Converged,

    /// <summary>No step in the method's direction lowers χ² any more, though the curvature predicts it could fall further (is the gradient right?).</summary>
    NoDownhillStep,

    /// <summary>The limit on iterations came first; the result is where the method had got to.</summary>
    MaxIterations,

    /// <summary>JᵀWJ is singular: the data do not determine some parameter, so Gauss–Newton and Levenberg–Marquardt cannot take a step.</summary>
    SingularCurvature,

    /// <summary>A step went where the model or its gradient is NaN or infinite at some data point.</summary>
    ModelNotFinite,
}
