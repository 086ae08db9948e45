namespace Calculus.Regression;

/// <summary>
/// Fitting by Gauss–Newton: linearise the model about θ, f(xᵢ; θ + δ) ≈ f(xᵢ; θ) + Σⱼ Jᵢⱼδⱼ, and jump to the minimum of
/// the χ² of that linear model, which is a linear least-squares fit of the residuals. Newton's method with the
/// Hessian of χ² approximated by 2JᵀWJ: very fast near the minimum, but with no safeguard far from it.
/// </summary>
public static class GaussNewton
{
    /// <summary>θₖ₊₁ = θₖ + δ with δ = (JᵀWJ)⁻¹JᵀWr, the least-squares solution of J̃δ ≈ r̃ (by QR).</summary>
    /// <remarks>
    /// Every step is taken, even one that raises χ², so from a poor start the path may overshoot or wander off;
    /// <see cref="LevenbergMarquardt"/> adds the damping that prevents this. Stops when the curvature predicts that χ²
    /// can fall by less than <paramref name="tolerance"/> more, when JᵀWJ is singular
    /// (<see cref="FitStopReason.SingularCurvature"/>), when a step lands where the model is not finite
    /// (<see cref="FitStopReason.ModelNotFinite"/>, keeping the last good θ), or after <paramref name="maxIterations"/> steps.
    /// </remarks>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="start"/> has the wrong length or a non-finite value; fewer points than parameters; or the model
    /// (or its gradient) is not finite at some data point at the start.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">The tolerance is not positive and finite, or maxIterations is below 1.</exception>
    public static NonlinearFit Fit(Measurements data, ParametricModel model, IReadOnlyList<double> start, int maxIterations = 100, double tolerance = 1e-8)
    {
        var run = FitRun.Start("Gauss–Newton", data, model, start, maxIterations, tolerance);
        while (run.NextIteration(out _))
        {
            if (run.GaussNewtonStep is null)
            {
                run.Stop(FitStopReason.SingularCurvature, run.Singularity);
                break;
            }

            var trial = run.Parameters + run.GaussNewtonStep;
            var chiSquared = run.ChiSquared(trial);
            if (double.IsPositiveInfinity(chiSquared))
            {
                run.Stop(FitStopReason.ModelNotFinite, $"The Gauss–Newton step from θ = {run.Describe(run.Parameters)} went where χ² is not finite: {run.DescribeNonFinite(trial)}");
                break;
            }

            run.Accept(trial, chiSquared);
        }

        return run.Result();
    }
}
