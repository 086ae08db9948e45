using MathNet.Numerics.LinearAlgebra;

namespace Calculus.Optimisation;

/// <summary>
/// Constrained optimisation with Lagrange multipliers: the stationary points of f(x) on the set where every
/// gₖ(x) = 0 are the stationary points of the Lagrangian L(x, λ) = f(x) − Σₖ λₖgₖ(x). Setting ∇L = 0 gives
/// ∇f = Σₖ λₖ∇gₖ (the gradient of f is a combination of the constraints' gradients) and gₖ(x) = 0 (the constraints
/// hold). This class solves ∇L = 0 by Newton's method from several starts, keeps the distinct solutions, and
/// classifies each by the curvature of L along the constraints.
/// </summary>
/// <remarks>
/// Newton's step needs the Jacobian of ∇L, which is the Hessian of L in (x, λ), the bordered Hessian
/// [[H_L, −Jᵀ], [−J, 0]] with H_L = ∇²f − Σₖ λₖ∇²gₖ and J the m×n matrix whose rows are the ∇gₖ. It is built from the
/// Hessians the caller supplies (exact, not finite differences); they can come from
/// <c>x => ForwardMode.Hessian(F, x.ToArray())</c> or <c>x => FiniteDifference.Hessian(f, x.ToArray())</c>.
/// </remarks>
public static class LagrangeMultipliers
{
    /// <summary>
    /// Two converged solutions are the same point when their x differ by at most this much relative to 1 + ‖x‖: far
    /// looser than the 1e-10 the runs converge to, far tighter than the distance between the distinct stationary
    /// points of any course problem.
    /// </summary>
    public const double DistinctTolerance = 1e-6;

    /// <summary>
    /// A curvature along the constraints counts as zero (so the test is inconclusive) when it is below this fraction of
    /// the size of H_L (its largest singular value, or 1 if smaller): the point itself is only accurate to about the
    /// tolerance, so curvatures this small relative to the rest cannot be told from zero.
    /// </summary>
    public const double CurvatureTolerance = 1e-8;

    /// <summary>The stationary points of f subject to gₖ(x) = 0: Newton's method on ∇L(x, λ) = 0 with L = f − Σₖ λₖgₖ, from each start; the distinct solutions, classified.</summary>
    /// <param name="f">The function to make stationary.</param>
    /// <param name="gradient">∇f.</param>
    /// <param name="hessian">∇²f.</param>
    /// <param name="constraints">g₁ = 0, …, gₘ = 0: at least one, and fewer than the number of coordinates.</param>
    /// <param name="starts">The starting points x₀ (λ₀ is fitted to them by least squares); several, to find several stationary points.</param>
    /// <param name="tolerance">The length of ∇L below which a run has converged.</param>
    /// <param name="maxIterations">The most Newton steps per run.</param>
    /// <remarks>
    /// A run that meets a singular bordered Hessian (for example where some ∇gₖ = 0), diverges or runs out of
    /// iterations is recorded in <see cref="LagrangeResult.Runs"/> with its <see cref="StopReason"/> and adds no point.
    /// </remarks>
    /// <exception cref="ArgumentNullException">A delegate, <paramref name="constraints"/> or <paramref name="starts"/> is null.</exception>
    /// <exception cref="ArgumentException">There are no starts or no constraints, as many constraints as coordinates or more, a start is empty or not finite, the starts differ in dimension, or a gradient or Hessian has the wrong size.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tolerance"/> is not positive and finite, or <paramref name="maxIterations"/> is less than 1.</exception>
    public static LagrangeResult FindStationaryPoints(
        Func<Vector<double>, double> f,
        Func<Vector<double>, Vector<double>> gradient,
        Func<Vector<double>, Matrix<double>> hessian,
        IReadOnlyList<EqualityConstraint> constraints,
        IEnumerable<IEnumerable<double>> starts,
        double tolerance = 1e-10,
        int maxIterations = 50)
    {
        ArgumentNullException.ThrowIfNull(gradient);
        ArgumentNullException.ThrowIfNull(hessian);
        ArgumentNullException.ThrowIfNull(constraints);
        var startPoints = CheckStarts(starts);
        var n = startPoints[0].Count;
        CheckConstraints(constraints, n);
        OptimisationCheck.Positive(tolerance, nameof(tolerance));
        OptimisationCheck.MaxIterations(maxIterations, nameof(maxIterations));

        var objective = new CountingObjective(n, f, gradient, hessian, nameof(f), nameof(gradient), nameof(hessian));
        var counted = constraints
            .Select((g, k) => new CountingObjective(n, g.Value, g.Gradient, g.Hessian, $"constraints[{k}].Value", $"constraints[{k}].Gradient", $"constraints[{k}].Hessian"))
            .ToArray();

        var runs = new List<LagrangeRun>();
        var points = new List<ConstrainedStationaryPoint>();
        foreach (var start in startPoints)
        {
            var run = Run(objective, counted, start, tolerance, maxIterations);
            runs.Add(run);
            if (run.Converged && !points.Any(point => (point.X - run.Point).L2Norm() <= DistinctTolerance * (1 + point.X.L2Norm())))
            {
                points.Add(Classify(objective, counted, run.Point, run.MultiplierIterates[^1]));
            }
        }

        return new LagrangeResult(
            points,
            runs,
            (objective.ValueEvaluations, objective.GradientEvaluations, objective.HessianEvaluations),
            (counted.Sum(g => g.ValueEvaluations), counted.Sum(g => g.GradientEvaluations), counted.Sum(g => g.HessianEvaluations)));
    }

    /// <summary>Newton's method on ∇L = 0 from x₀: solve [[H_L, −Jᵀ], [−J, 0]] (Δx, Δλ) = −∇L, step, repeat.</summary>
    private static LagrangeRun Run(CountingObjective objective, CountingObjective[] constraints, Vector<double> start, double tolerance, int maxIterations)
    {
        var n = start.Count;
        var m = constraints.Length;
        var x = start;
        var (gradientOfF, values, jacobian) = FirstDerivatives(objective, constraints, x);
        var lambda = LeastSquaresMultipliers(gradientOfF, jacobian);
        var iterates = new List<Vector<double>> { x };
        var multiplierIterates = new List<Vector<double>> { lambda };
        var startSize = 1 + start.L2Norm() + lambda.L2Norm();

        LagrangeRun Stop(StopReason reason) => new(iterates, multiplierIterates, reason);

        for (var k = 0; ; k++)
        {
            // ∇L = (∂L/∂x, ∂L/∂λ) = (∇f − Jᵀλ, −g).
            var residual = Concatenate(gradientOfF - (jacobian.TransposeThisAndMultiply(lambda)), -values);
            if (!LinearSystem.IsFinite(residual))
            {
                return Stop(StopReason.Diverged);
            }

            if (residual.L2Norm() <= tolerance)
            {
                return Stop(StopReason.Converged);
            }

            if (k == maxIterations)
            {
                return Stop(StopReason.MaxIterations);
            }

            var borderedHessian = Matrix<double>.Build.Dense(n + m, n + m);
            borderedHessian.SetSubMatrix(0, 0, HessianOfLagrangian(objective, constraints, x, lambda));
            borderedHessian.SetSubMatrix(0, n, -jacobian.Transpose());
            borderedHessian.SetSubMatrix(n, 0, -jacobian);
            if (!LinearSystem.IsFinite(borderedHessian))
            {
                return Stop(StopReason.Diverged);
            }

            if (!LinearSystem.TrySolve(borderedHessian, -residual, out var step))
            {
                return Stop(StopReason.SingularHessian);
            }

            x = x + step.SubVector(0, n);
            lambda = lambda + step.SubVector(n, m);
            iterates.Add(x);
            multiplierIterates.Add(lambda);
            if (x.L2Norm() + lambda.L2Norm() > Trajectory.DivergenceFactor * startSize)
            {
                return Stop(StopReason.Diverged);
            }

            (gradientOfF, values, jacobian) = FirstDerivatives(objective, constraints, x);
        }
    }

    /// <summary>Minimum, maximum, saddle or inconclusive, by the eigenvalues of ZᵀH_L Z, the Hessian of L on the tangent space {d : J d = 0}.</summary>
    private static ConstrainedStationaryPoint Classify(CountingObjective objective, CountingObjective[] constraints, Vector<double> x, Vector<double> lambda)
    {
        var jacobian = Matrix<double>.Build.DenseOfRowVectors(constraints.Select(g => g.Gradient(x)));
        var hessianOfL = HessianOfLagrangian(objective, constraints, x, lambda);

        // Z: an orthonormal basis of the directions that keep every constraint satisfied to first order.
        var tangent = Matrix<double>.Build.DenseOfColumnVectors(jacobian.Kernel());
        var curvatures = tangent.ColumnCount == 0 ? [] : LinearSystem.SymmetricEigenvalues(tangent.TransposeThisAndMultiply(hessianOfL) * tangent);

        var zero = CurvatureTolerance * Math.Max(1, hessianOfL.L2Norm());
        return new ConstrainedStationaryPoint(x, lambda, objective.Value(x), Curvature.Classify(curvatures, zero), curvatures);
    }

    /// <summary>∇f(x), the constraint values g(x) and their Jacobian J(x) (row k is ∇gₖ).</summary>
    private static (Vector<double> GradientOfF, Vector<double> Values, Matrix<double> Jacobian) FirstDerivatives(
        CountingObjective objective, CountingObjective[] constraints, Vector<double> x) =>
        (objective.Gradient(x),
         Vector<double>.Build.Dense(constraints.Select(g => g.Value(x)).ToArray()),
         Matrix<double>.Build.DenseOfRowVectors(constraints.Select(g => g.Gradient(x))));

    /// <summary>H_L = ∇²f − Σₖ λₖ∇²gₖ.</summary>
    private static Matrix<double> HessianOfLagrangian(CountingObjective objective, CountingObjective[] constraints, Vector<double> x, Vector<double> lambda)
    {
        var hessian = objective.Hessian(x);
        for (var k = 0; k < constraints.Length; k++)
        {
            hessian = hessian - (lambda[k] * constraints[k].Hessian(x));
        }

        return hessian;
    }

    /// <summary>λ₀ minimising ‖∇f − Jᵀλ‖, from (J Jᵀ)λ = J∇f; zero where the constraints' gradients are dependent (for example ∇g = 0).</summary>
    private static Vector<double> LeastSquaresMultipliers(Vector<double> gradientOfF, Matrix<double> jacobian) =>
        LinearSystem.TrySolve(jacobian * jacobian.Transpose(), jacobian * gradientOfF, out var lambda)
            ? lambda
            : Vector<double>.Build.Dense(jacobian.RowCount);

    private static Vector<double> Concatenate(Vector<double> first, Vector<double> second) =>
        Vector<double>.Build.Dense(first.Concat(second).ToArray());

    private static List<Vector<double>> CheckStarts(IEnumerable<IEnumerable<double>> starts)
    {
        ArgumentNullException.ThrowIfNull(starts);
        var points = starts.Select((start, i) => OptimisationCheck.StartPoint(start, $"starts[{i}]")).ToList();
        if (points.Count == 0)
        {
            throw new ArgumentException("starts is empty; give at least one starting point (several, to find several stationary points).", nameof(starts));
        }

        for (var i = 1; i < points.Count; i++)
        {
            if (points[i].Count != points[0].Count)
            {
                throw new ArgumentException($"starts[{i}] has {points[i].Count} coordinates but starts[0] has {points[0].Count}; every start needs the same number.", nameof(starts));
            }
        }

        return points;
    }

    private static void CheckConstraints(IReadOnlyList<EqualityConstraint> constraints, int dimension)
    {
        if (constraints.Count == 0)
        {
            throw new ArgumentException("constraints is empty; without a constraint use NewtonsMethod.FindStationaryPoint.", nameof(constraints));
        }

        if (constraints.Count >= dimension)
        {
            throw new ArgumentException($"There are {constraints.Count} constraints on {dimension} coordinates; with as many constraints as coordinates or more, the constraints alone fix the points and leave nothing to optimise.", nameof(constraints));
        }

        for (var k = 0; k < constraints.Count; k++)
        {
            if (constraints[k] is null)
            {
                throw new ArgumentNullException(nameof(constraints), $"constraints[{k}] is null.");
            }
        }
    }
}
