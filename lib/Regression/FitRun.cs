using MathNet.Numerics.LinearAlgebra;

namespace Calculus.Regression;

/// <summary>
/// The bookkeeping every iterative fit shares: the checks on its input, the current parameters and χ², the path,
/// the test for convergence, and the result. Each method only decides its step.
/// </summary>
/// <remarks>
/// Convergence: near the minimum χ²(θ + δ) ≈ ‖r̃ − J̃δ‖², lowest at the Gauss–Newton step δ, where it is lower by
/// ‖J̃δ‖² = ¼ gᵀ(JᵀWJ)⁻¹g. Moving a parameter by one standard uncertainty raises χ² by 1, so a predicted decrease
/// below a tolerance of 1e-8 puts θ within about 1e-4 uncertainties of the minimum, whatever the parameters' units.
/// </remarks>
internal sealed class FitRun
{
    private readonly string _method;
    private readonly LeastSquaresProblem _problem;
    private readonly int _maxIterations;
    private readonly double _tolerance;
    private readonly List<Iterate> _path = [];
    private Matrix<double>? _covariance;
    private double? _expectedDecrease;
    private string _singularity = string.Empty;
    private FitStopReason? _stopReason;
    private string _message = string.Empty;

    private FitRun(string method, LeastSquaresProblem problem, int maxIterations, double tolerance)
    {
        _method = method;
        _problem = problem;
        _maxIterations = maxIterations;
        _tolerance = tolerance;
    }

    /// <summary>θ, the current parameters.</summary>
    public Vector<double> Parameters { get; private set; } = Vector<double>.Build.Dense(1);

    /// <summary>χ²(θ) at the current parameters.</summary>
    public double CurrentChiSquared { get; private set; }

    /// <summary>The Gauss–Newton step δ = (JᵀWJ)⁻¹JᵀWr at the current θ, or null where JᵀWJ is singular.</summary>
    public Vector<double>? GaussNewtonStep { get; private set; }

    /// <summary>Why JᵀWJ is singular at the current θ, naming the parameter (empty when it is not).</summary>
    public string Singularity => _singularity;

    /// <summary>The model's parameter names.</summary>
    public IReadOnlyList<string> ParameterNames => _problem.Model.ParameterNames;

    /// <summary>Checks the input, evaluates χ² at the start and puts the start on the path.</summary>
    public static FitRun Start(string method, Measurements data, ParametricModel model, IReadOnlyList<double> start, int maxIterations, double tolerance)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(model);
        var theta = DataCheck.Start(start, model.ParameterNames, nameof(start));
        DataCheck.EnoughPoints(data.Count, model.ParameterCount, nameof(data));
        if (maxIterations < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(maxIterations), maxIterations, $"maxIterations must be at least 1; got {maxIterations}.");
        }

        DataCheck.Tolerance(tolerance, nameof(tolerance));
        var problem = new LeastSquaresProblem(data, model);
        var run = new FitRun(method, problem, maxIterations, tolerance);
        var chiSquared = problem.ChiSquared(theta);
        if (double.IsPositiveInfinity(chiSquared))
        {
            throw new ArgumentException($"χ² is not finite at the starting point: {problem.DescribeNonFinite(theta)}", nameof(start));
        }

        run.Parameters = Vector<double>.Build.DenseOfArray(theta);
        run.CurrentChiSquared = chiSquared;
        run._path.Add(new Iterate(0, theta, chiSquared));
        return run;
    }

    /// <summary>χ²(θ) at a trial point: +∞ (never NaN) where the model is not finite.</summary>
    public double ChiSquared(Vector<double> parameters) => _problem.ChiSquared(parameters.ToArray());

    /// <summary>
    /// Linearises the model at θ and tests for convergence; true if the method should take another step, false once
    /// it has converged, run out of iterations, or the model is not finite there.
    /// </summary>
    /// <exception cref="ArgumentException">The model's gradient is not finite at the starting point.</exception>
    public bool NextIteration(out Linearisation linearisation)
    {
        linearisation = null!;
        if (_stopReason is not null)
        {
            return false;
        }

        var current = _problem.Linearise(Parameters.ToArray(), out var problem);
        if (current is null)
        {
            if (_path.Count == 1)
            {
                throw new ArgumentException($"The model cannot be linearised at the starting point: {problem}", "start");
            }

            Stop(FitStopReason.ModelNotFinite, problem);
            return false;
        }

        linearisation = current;
        if (LeastSquaresSolver.TrySolve(current.WeightedJacobian, current.WeightedResiduals, out var step, out var covariance, out var column))
        {
            GaussNewtonStep = step;
            _covariance = covariance;
            _singularity = string.Empty;
            var predicted = current.WeightedJacobian * step;
            _expectedDecrease = predicted.DotProduct(predicted);
            if (_expectedDecrease <= _tolerance)
            {
                Stop(FitStopReason.Converged, $"Converged after {Iterations} iterations: the curvature predicts χ² can fall by only {FitText.Number(_expectedDecrease.Value)} more (tolerance {FitText.Number(_tolerance)}).");
                return false;
            }
        }
        else
        {
            GaussNewtonStep = null;
            _covariance = null;
            _expectedDecrease = null;
            var name = ParameterNames[column];
            _singularity = $"JᵀWJ is singular at θ = {Describe(Parameters)}: ∂f/∂{name} is (nearly) zero or a combination of the other parameters' derivatives at the data points, so the data do not determine {name}.";
        }

        if (Iterations >= _maxIterations)
        {
            Stop(FitStopReason.MaxIterations, $"Stopped after {Iterations} iterations without converging: {StillToGain()}.");
            return false;
        }

        return true;
    }

    /// <summary>Moves to θ, with χ²(θ) already evaluated, and adds it to the path.</summary>
    public void Accept(Vector<double> parameters, double chiSquared)
    {
        Parameters = parameters;
        CurrentChiSquared = chiSquared;
        _path.Add(new Iterate(_path.Count, parameters.ToArray(), chiSquared));
    }

    /// <summary>Stops the fit, saying why.</summary>
    public void Stop(FitStopReason reason, string message)
    {
        _stopReason = reason;
        _message = message;
    }

    /// <summary>Stops because no step lowers χ² below its current value.</summary>
    public void StopWithoutDownhillStep(string direction) =>
        Stop(FitStopReason.NoDownhillStep, $"No step along {direction} lowers χ² below {FitText.Number(CurrentChiSquared)} after {Iterations} iterations, though {StillToGain()}.");

    /// <summary>Where the model is not finite at θ, as a sentence.</summary>
    public string DescribeNonFinite(Vector<double> parameters) => _problem.DescribeNonFinite(parameters.ToArray());

    /// <summary>θ as text with the model's names.</summary>
    public string Describe(Vector<double> parameters) => _problem.DescribeParameters(parameters.ToArray());

    /// <summary>The result, with the uncertainties from JᵀWJ at the final θ.</summary>
    public NonlinearFit Result()
    {
        if (_stopReason is null)
        {
            throw new InvalidOperationException($"{_method} ended without saying why it stopped.");
        }

        var message = _covariance is null && _singularity.Length > 0 && _stopReason != FitStopReason.SingularCurvature
            ? $"{_message} No uncertainties: {_singularity}"
            : _message;
        return new NonlinearFit(
            _method,
            _problem.Model,
            Parameters,
            _covariance,
            CurrentChiSquared,
            _problem.Data.Count,
            _path,
            _problem.ChiSquaredEvaluations,
            _problem.JacobianEvaluations,
            _stopReason.Value,
            message);
    }

    private int Iterations => _path.Count - 1;

    private string StillToGain() =>
        _expectedDecrease is null
            ? "JᵀWJ is singular here, so how far the minimum is cannot be estimated"
            : $"the curvature predicts χ² could still fall by about {FitText.Number(_expectedDecrease.Value)}";
}
