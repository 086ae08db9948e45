using MathNet.Numerics.LinearAlgebra;

namespace Calculus.Optimisation;

/// <summary>
/// The path of a multivariate optimiser as it runs: the iterates with f and ‖∇f‖ at each, the kind of every step,
/// and the tests shared by every method (converged, diverged, out of iterations).
/// </summary>
internal sealed class Trajectory
{
    /// <summary>
    /// A run has diverged when f or ‖x‖ has moved more than this many times its starting size (plus one) away from
    /// where it started: a minimum that far off is not what the run was looking for.
    /// </summary>
    public const double DivergenceFactor = 1e10;

    private readonly string _method;
    private readonly CountingObjective _objective;
    private readonly int _maxIterations;
    private readonly List<Vector<double>> _iterates = [];
    private readonly List<double> _values = [];
    private readonly List<double> _gradientNorms = [];
    private readonly List<StepKind> _steps = [];

    /// <summary>
    /// The checks and set-up every optimiser shares: the start, the tolerance and limit, the counted f, ∇f and
    /// (when given) H, and a path starting at x₀.
    /// </summary>
    public static (CountingObjective Objective, Trajectory Path) Begin(
        string method,
        Func<Vector<double>, double> f,
        Func<Vector<double>, Vector<double>> gradient,
        Func<Vector<double>, Matrix<double>>? hessian,
        IEnumerable<double> start,
        double tolerance,
        int maxIterations)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(gradient);
        var x0 = OptimisationCheck.StartPoint(start, nameof(start));
        OptimisationCheck.Positive(tolerance, nameof(tolerance));
        OptimisationCheck.MaxIterations(maxIterations, nameof(maxIterations));
        var objective = new CountingObjective(x0.Count, f, gradient, hessian, nameof(f), nameof(gradient), nameof(hessian));
        return (objective, new Trajectory(method, objective, x0, maxIterations));
    }

    /// <summary>Starts a path at x₀, evaluating f(x₀).</summary>
    public Trajectory(string method, CountingObjective objective, Vector<double> start, int maxIterations)
    {
        _method = method;
        _objective = objective;
        _maxIterations = maxIterations;
        _iterates.Add(start);
        _values.Add(objective.Value(start));
        _gradientNorms.Add(double.NaN);
    }

    /// <summary>xₖ, the current point.</summary>
    public Vector<double> Point => _iterates[^1];

    /// <summary>f(xₖ).</summary>
    public double Value => _values[^1];

    /// <summary>
    /// Records ∇f(xₖ) and decides whether to stop here: converged when ‖∇f(xₖ)‖ ≤ tolerance, diverged when f(xₖ) or
    /// ∇f(xₖ) is not finite, out of iterations when k has reached the limit.
    /// </summary>
    public bool ShouldStop(Vector<double> gradient, double tolerance, out StopReason reason)
    {
        var norm = gradient.L2Norm();
        _gradientNorms[^1] = norm;
        if (!double.IsFinite(Value) || !double.IsFinite(norm))
        {
            reason = StopReason.Diverged;
            return true;
        }

        if (norm <= tolerance)
        {
            reason = StopReason.Converged;
            return true;
        }

        if (_steps.Count >= _maxIterations)
        {
            reason = StopReason.MaxIterations;
            return true;
        }

        reason = default;
        return false;
    }

    /// <summary>Moves to xₖ₊₁ = <paramref name="next"/> with f(xₖ₊₁) = <paramref name="value"/>; false if it has diverged (not finite, or blown up).</summary>
    public bool Step(Vector<double> next, double value, StepKind kind)
    {
        if (!LinearSystem.IsFinite(next) || !double.IsFinite(value))
        {
            return false;
        }

        _iterates.Add(next);
        _values.Add(value);
        _gradientNorms.Add(double.NaN);
        _steps.Add(kind);

        var start = _iterates[0];
        var blownUp = Math.Abs(value - _values[0]) > DivergenceFactor * (1 + Math.Abs(_values[0]))
            || (next - start).L2Norm() > DivergenceFactor * (1 + start.L2Norm());
        return !blownUp;
    }

    /// <summary>The result, with the objective's evaluation counts.</summary>
    public OptimisationResult Finish(StopReason reason) =>
        new(_method, _iterates, _values, _gradientNorms, _steps, reason, _objective.ValueEvaluations, _objective.GradientEvaluations, _objective.HessianEvaluations);
}
