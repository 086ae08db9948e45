namespace Calculus.Regression;

/// <summary>
/// Fitting by steepest descent on χ²: step downhill, against the gradient ∇χ² = −2JᵀWr, which is perpendicular to the
/// contours of χ². Needs only first derivatives, but zig-zags down narrow valleys, so it takes many small steps.
/// </summary>
public static class SteepestDescent
{
    // The step size adapts ("bold driver"): a step that lowers χ² is kept and the next one tried 1.2 times longer;
    // a step that does not is halved and tried again. So χ² falls at every iteration.
    private const double StepGrowth = 1.2;
    private const double StepShrink = 0.5;

    /// <summary>θₖ₊₁ = θₖ − η ∇χ²(θₖ), with the learning rate η adapted so that χ² falls at every step.</summary>
    /// <remarks>
    /// <para>
    /// <paramref name="learningRate"/> is the first η to try; after a step that lowers χ² the next η is 1.2 times larger,
    /// and a step that does not is halved until it does. The path records every accepted step, so χ² falls along it.
    /// </para>
    /// <para>
    /// It stops when the curvature predicts that χ² can fall by less than <paramref name="tolerance"/> more (see
    /// <see cref="FitStopReason.Converged"/>), when no step, however small, lowers χ², or after <paramref name="maxIterations"/>
    /// steps. The uncertainties come from JᵀWJ at the last θ.
    /// </para>
    /// </remarks>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="start"/> has the wrong length or a non-finite value; fewer points than parameters; or the model
    /// (or its gradient) is not finite at some data point at the start.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">The learning rate or tolerance is not positive and finite, or maxIterations is below 1.</exception>
    public static NonlinearFit Fit(Measurements data, ParametricModel model, IReadOnlyList<double> start, double learningRate = 1e-3, int maxIterations = 10_000, double tolerance = 1e-8)
    {
        DataCheck.Tolerance(learningRate, nameof(learningRate));
        var run = FitRun.Start("steepest descent", data, model, start, maxIterations, tolerance);
        var rate = learningRate;
        while (run.NextIteration(out var linearisation))
        {
            var gradient = linearisation.Gradient;
            while (true)
            {
                var trial = run.Parameters - (rate * gradient);
                if (trial.Equals(run.Parameters))
                {
                    run.StopWithoutDownhillStep("−∇χ²");
                    break;
                }

                var chiSquared = run.ChiSquared(trial);
                if (chiSquared < run.CurrentChiSquared)
                {
                    run.Accept(trial, chiSquared);
                    rate *= StepGrowth;
                    break;
                }

                rate *= StepShrink;
            }
        }

        return run.Result();
    }
}
