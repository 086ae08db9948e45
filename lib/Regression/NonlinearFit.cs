using MathNet.Numerics.LinearAlgebra;

namespace Calculus.Regression;

/// <summary>
/// The result of an iterative fit of y = f(x; θ): the parameters with their uncertainties, the goodness of fit, the
/// path of iterates (to draw over contours of χ²), the work done, and why it stopped. Made by
/// <see cref="SteepestDescent"/>, <see cref="GaussNewton"/> and <see cref="LevenbergMarquardt"/>.
/// </summary>
public sealed class NonlinearFit
{
    private readonly ParametricModel _model;

    internal NonlinearFit(
        string method,
        ParametricModel model,
        Vector<double> parameters,
        Matrix<double>? covariance,
        double chiSquared,
        int points,
        IReadOnlyList<Iterate> path,
        int chiSquaredEvaluations,
        int jacobianEvaluations,
        FitStopReason stopReason,
        string message)
    {
        Method = method;
        _model = model;
        Parameters = parameters;
        // A covariance with infinite or NaN entries says nothing about the uncertainties: report none.
        Covariance = covariance is not null && covariance.Enumerate().All(double.IsFinite) ? covariance : null;
        Uncertainties = Covariance?.Diagonal().PointwiseSqrt();
        ChiSquared = chiSquared;
        DegreesOfFreedom = points - parameters.Count;
        ChiSquaredPerDegreeOfFreedom = DegreesOfFreedom > 0 ? chiSquared / DegreesOfFreedom : null;
        PValue = DegreesOfFreedom > 0 ? Regression.ChiSquared.PValue(chiSquared, DegreesOfFreedom) : null;
        Path = path;
        ChiSquaredEvaluations = chiSquaredEvaluations;
        JacobianEvaluations = jacobianEvaluations;
        StopReason = stopReason;
        Message = message;
    }

    /// <summary>The method that made this fit ("steepest descent", "Gauss–Newton", "Levenberg–Marquardt").</summary>
    public string Method { get; }

    /// <summary>The names of the parameters, in the order of <see cref="Parameters"/>.</summary>
    public IReadOnlyList<string> ParameterNames => _model.ParameterNames;

    /// <summary>θ, the parameters where the method stopped (the minimum of χ² when <see cref="Converged"/>).</summary>
    public Vector<double> Parameters { get; }

    /// <summary>C = (JᵀWJ)⁻¹ at θ, the inverse of (the Gauss–Newton approximation to) half the Hessian of χ²; null if JᵀWJ is singular there.</summary>
    public Matrix<double>? Covariance { get; }

    /// <summary>σⱼ = √Cⱼⱼ, the standard uncertainty of each parameter; null if JᵀWJ is singular at θ.</summary>
    public Vector<double>? Uncertainties { get; }

    /// <summary>χ²(θ) = Σ ((yᵢ − f(xᵢ; θ))/σᵢ)² where the method stopped.</summary>
    public double ChiSquared { get; }

    /// <summary>ν = n − p.</summary>
    public int DegreesOfFreedom { get; }

    /// <summary>χ²/ν; null when ν = 0.</summary>
    public double? ChiSquaredPerDegreeOfFreedom { get; }

    /// <summary>p = P(X ≥ χ²) for ν degrees of freedom; null when ν = 0.</summary>
    public double? PValue { get; }

    /// <summary>θ₀, θ₁, …: the start and the parameters after every step taken, with χ² at each.</summary>
    public IReadOnlyList<Iterate> Path { get; }

    /// <summary>k, the number of steps taken (rejected trial steps are not counted).</summary>
    public int Iterations => Path.Count - 1;

    /// <summary>How many times χ²(θ) was evaluated, trial steps included (each is n evaluations of f).</summary>
    public int ChiSquaredEvaluations { get; }

    /// <summary>How many times the Jacobian Jᵢⱼ = ∂f(xᵢ)/∂θⱼ was evaluated (each is n evaluations of ∇θ f, and of f for the residuals).</summary>
    public int JacobianEvaluations { get; }

    /// <summary>Whether the method stopped at a minimum of χ² (<see cref="FitStopReason.Converged"/>).</summary>
    public bool Converged => StopReason == FitStopReason.Converged;

    /// <summary>Why the method stopped.</summary>
    public FitStopReason StopReason { get; }

    /// <summary>Why the method stopped, as a sentence with the numbers behind it.</summary>
    public string Message { get; }

    /// <summary>θⱼ, the fitted value of the parameter with this name.</summary>
    /// <exception cref="ArgumentException">The model has no parameter of that name.</exception>
    public double Parameter(string name) => Parameters[IndexOf(name)];

    /// <summary>σⱼ, the uncertainty of the parameter with this name.</summary>
    /// <exception cref="ArgumentException">The model has no parameter of that name.</exception>
    /// <exception cref="InvalidOperationException">JᵀWJ is singular at θ, so there are no uncertainties.</exception>
    public double Uncertainty(string name)
    {
        var index = IndexOf(name);
        return Uncertainties is null
            ? throw new InvalidOperationException($"There are no uncertainties: JᵀWJ is singular at the result. {Message}")
            : Uncertainties[index];
    }

    /// <summary>f(x; θ), the fitted model at x.</summary>
    public double ValueAt(double x) => _model.Value(x, Parameters.ToArray());

    /// <summary>"Levenberg–Marquardt: A = 40.1 ± 1.2, …; χ² = … for ν degrees of freedom (…). Converged after 6 iterations: …".</summary>
    public override string ToString()
    {
        var estimates = ParameterNames.Select((name, j) => FitText.Estimate(name, Parameters[j], Uncertainties?[j]));
        return $"{Method}: {string.Join(", ", estimates)}; {FitText.Goodness(ChiSquared, DegreesOfFreedom, ChiSquaredPerDegreeOfFreedom, PValue)}. {Message}";
    }

    private int IndexOf(string name)
    {
        for (var j = 0; j < ParameterNames.Count; j++)
        {
            if (ParameterNames[j] == name)
            {
                return j;
            }
        }

        throw new ArgumentException($"The model has no parameter '{name}'; its parameters are {string.Join(", ", ParameterNames)}.", nameof(name));
    }
}
