using MathNet.Numerics.LinearAlgebra;

namespace Calculus.Regression;

/// <summary>
/// The data and model of a non-linear fit, with χ²(θ) and the linearisation the fitting methods share. Counts
/// every evaluation. Works with weighted quantities: J̃ᵢⱼ = (∂f(xᵢ)/∂θⱼ)/σᵢ and r̃ᵢ = (yᵢ − f(xᵢ))/σᵢ, so that
/// χ² = r̃ᵀr̃, JᵀWJ = J̃ᵀJ̃ and JᵀWr = J̃ᵀr̃.
/// </summary>
internal sealed class LeastSquaresProblem
{
    public LeastSquaresProblem(Measurements data, ParametricModel model)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(model);
        Data = data;
        Model = model;
    }

    public Measurements Data { get; }

    public ParametricModel Model { get; }

    /// <summary>How many times χ² was evaluated (each is n evaluations of f).</summary>
    public int ChiSquaredEvaluations { get; private set; }

    /// <summary>How many times the Jacobian was evaluated (each is n evaluations of ∇θ f, and of f for the residuals).</summary>
    public int JacobianEvaluations { get; private set; }

    /// <summary>χ²(θ) = Σ ((yᵢ − f(xᵢ; θ))/σᵢ)², or +∞ where θ or some f(xᵢ; θ) is not finite (never NaN).</summary>
    public double ChiSquared(double[] parameters)
    {
        ChiSquaredEvaluations++;
        if (!parameters.All(double.IsFinite))
        {
            return double.PositiveInfinity;
        }

        var sum = 0.0;
        for (var i = 0; i < Data.Count; i++)
        {
            var fitted = Model.Value(Data.X[i], parameters);
            if (!double.IsFinite(fitted))
            {
                return double.PositiveInfinity;
            }

            var residual = (Data.Y[i] - fitted) / Data.Sigma[i];
            sum += residual * residual;
        }

        return double.IsFinite(sum) ? sum : double.PositiveInfinity;
    }

    /// <summary>J̃ and r̃ at θ, or null with a description of the first point where f or ∇θ f is not finite.</summary>
    public Linearisation? Linearise(double[] parameters, out string problem)
    {
        JacobianEvaluations++;
        var n = Data.Count;
        var p = Model.ParameterCount;
        var jacobian = Matrix<double>.Build.Dense(n, p);
        var residuals = Vector<double>.Build.Dense(n);
        for (var i = 0; i < n; i++)
        {
            var x = Data.X[i];
            var fitted = Model.Value(x, parameters);
            if (!double.IsFinite(fitted))
            {
                problem = $"f(x; θ) is {Check.Describe(fitted)} at data point {i} (x = {Check.Describe(x)}) for θ = {DescribeParameters(parameters)}.";
                return null;
            }

            residuals[i] = (Data.Y[i] - fitted) / Data.Sigma[i];
            var gradient = Model.Gradient(x, parameters);
            for (var j = 0; j < p; j++)
            {
                if (!double.IsFinite(gradient[j]))
                {
                    problem = $"∂f/∂{Model.ParameterNames[j]} is {Check.Describe(gradient[j])} at data point {i} (x = {Check.Describe(x)}) for θ = {DescribeParameters(parameters)}.";
                    return null;
                }

                jacobian[i, j] = gradient[j] / Data.Sigma[i];
            }
        }

        problem = string.Empty;
        return new Linearisation(jacobian, residuals);
    }

    /// <summary>Why χ²(θ) is not finite, as a sentence naming the parameter or the first point where f(xᵢ; θ) is not. Not counted.</summary>
    public string DescribeNonFinite(double[] parameters)
    {
        for (var j = 0; j < parameters.Length; j++)
        {
            if (!double.IsFinite(parameters[j]))
            {
                return $"parameter {Model.ParameterNames[j]} is {Check.Describe(parameters[j])}.";
            }
        }

        for (var i = 0; i < Data.Count; i++)
        {
            var fitted = Model.Value(Data.X[i], parameters);
            if (!double.IsFinite(fitted))
            {
                return $"f(x; θ) is {Check.Describe(fitted)} at data point {i} (x = {Check.Describe(Data.X[i])}) for θ = {DescribeParameters(parameters)}.";
            }
        }

        return $"χ² overflows at θ = {DescribeParameters(parameters)}: the residuals are too large to square.";
    }

    /// <summary>θ as text with the model's names, "(A = 1, mu = 2)".</summary>
    public string DescribeParameters(IReadOnlyList<double> parameters) => DataCheck.DescribeParameters(Model.ParameterNames, parameters);
}
