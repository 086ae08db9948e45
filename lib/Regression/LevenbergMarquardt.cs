using MathNet.Numerics.LinearAlgebra;

namespace Calculus.Regression;

/// <summary>
/// Fitting by Levenberg–Marquardt: Gauss–Newton with damping. A damping λ blends the Gauss–Newton step (λ → 0, fast
/// near the minimum) with a short step along −∇χ² (λ large, safe far from it), and adapts λ as the fit goes.
/// </summary>
public static class LevenbergMarquardt
{
    // Marquardt's schedule: divide λ by 10 after a step that lowers χ², multiply it by 10 and retry after one that does not.
    private const double DampingFactor = 10;

    // λ stays within these bounds: below, the step is Gauss–Newton's to rounding; above, it is a vanishing gradient step.
    private const double SmallestDamping = 1e-12;
    private const double LargestDamping = 1e12;

    /// <summary>θₖ₊₁ = θₖ + δ with (JᵀWJ + λ diag(JᵀWJ)) δ = JᵀWr, kept only if it lowers χ².</summary>
    /// <remarks>
    /// <para>
    /// The damped equations are the normal equations of J̃δ ≈ r̃ with an extra row √(λDⱼⱼ)·δⱼ ≈ 0 per parameter
    /// (D = diag(JᵀWJ)): a ridge penalty on the step, scaled to each parameter's units. They are solved by QR, like
    /// <see cref="Ridge"/>. A step that lowers χ² is taken and λ divided by 10; otherwise λ is multiplied by 10 and
    /// the step retried, so χ² falls at every iteration.
    /// </para>
    /// <para>
    /// Stops when the curvature predicts that χ² can fall by less than <paramref name="tolerance"/> more, when no
    /// damping gives a lower χ², when even the damped equations are singular (a parameter with no effect on the model,
    /// <see cref="FitStopReason.SingularCurvature"/>), or after <paramref name="maxIterations"/> steps. The uncertainties
    /// come from the undamped JᵀWJ at the last θ.
    /// </para>
    /// </remarks>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="start"/> has the wrong length or a non-finite value; fewer points than parameters; or the model
    /// (or its gradient) is not finite at some data point at the start.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">The damping or tolerance is not positive and finite, or maxIterations is below 1.</exception>
    public static NonlinearFit Fit(Measurements data, ParametricModel model, IReadOnlyList<double> start, int maxIterations = 1000, double tolerance = 1e-8, double initialDamping = 1e-3)
    {
        DataCheck.Tolerance(initialDamping, nameof(initialDamping));
        var run = FitRun.Start("Levenberg–Marquardt", data, model, start, maxIterations, tolerance);
        var damping = initialDamping;
        while (run.NextIteration(out var linearisation))
        {
            while (true)
            {
                if (!TryDampedStep(linearisation, damping, out var step, out var column))
                {
                    var name = run.ParameterNames[column];
                    run.Stop(FitStopReason.SingularCurvature, $"JᵀWJ + λ·diag(JᵀWJ) is singular at θ = {run.Describe(run.Parameters)}: ∂f/∂{name} is (nearly) zero or a combination of the other parameters' derivatives at the data points, so the data do not determine {name}.");
                    break;
                }

                var trial = run.Parameters + step;
                if (trial.Equals(run.Parameters))
                {
                    run.StopWithoutDownhillStep($"the damped Gauss–Newton direction (λ = {FitText.Number(damping)})");
                    break;
                }

                var chiSquared = run.ChiSquared(trial);
                if (chiSquared < run.CurrentChiSquared)
                {
                    run.Accept(trial, chiSquared);
                    damping = Math.Max(SmallestDamping, damping / DampingFactor);
                    break;
                }

                if (damping >= LargestDamping)
                {
                    run.StopWithoutDownhillStep($"the damped Gauss–Newton direction at the largest damping (λ = {FitText.Number(damping)})");
                    break;
                }

                damping *= DampingFactor;
            }
        }

        return run.Result();
    }

    /// <summary>δ solving (J̃ᵀJ̃ + λD)δ = J̃ᵀr̃, as least squares on J̃ stacked over diag(√(λDⱼⱼ)), r̃ stacked over zeros.</summary>
    private static bool TryDampedStep(Linearisation linearisation, double damping, out Vector<double> step, out int dependentColumn)
    {
        var jacobian = linearisation.WeightedJacobian;
        var (n, p) = (jacobian.RowCount, jacobian.ColumnCount);
        var augmented = Matrix<double>.Build.Dense(n + p, p);
        augmented.SetSubMatrix(0, 0, jacobian);
        for (var j = 0; j < p; j++)
        {
            augmented[n + j, j] = Math.Sqrt(damping) * jacobian.Column(j).L2Norm();
        }

        var targets = Vector<double>.Build.Dense(n + p);
        targets.SetSubVector(0, n, linearisation.WeightedResiduals);
        return LeastSquaresSolver.TrySolve(augmented, targets, out step, out _, out dependentColumn);
    }
}
