using Calculus.Display;
using MathNet.Numerics.LinearAlgebra;

namespace Calculus.Optimisation;

/// <summary>
/// What a run of a multivariate optimiser did: the path x₀, x₁, … with f and ‖∇f‖ along it (for charts), the rule
/// behind each step, why it stopped and how many evaluations of f, ∇f and H it cost.
/// </summary>
/// <remarks>Made by <see cref="GradientDescent"/>, <see cref="NewtonsMethod"/> and <see cref="HybridDescent"/>.</remarks>
[TypeFormatterSource(typeof(MathFormatterSource), PreferredMimeTypes = [MathFormatterSource.PlainTextMimeType])]
public sealed class OptimisationResult
{
    internal OptimisationResult(
        string method,
        IReadOnlyList<Vector<double>> iterates,
        IReadOnlyList<double> values,
        IReadOnlyList<double> gradientNorms,
        IReadOnlyList<StepKind> steps,
        StopReason stopReason,
        int functionEvaluations,
        int gradientEvaluations,
        int hessianEvaluations)
    {
        Method = method;
        Iterates = iterates;
        Values = values;
        GradientNorms = gradientNorms;
        Steps = steps;
        StopReason = stopReason;
        FunctionEvaluations = functionEvaluations;
        GradientEvaluations = gradientEvaluations;
        HessianEvaluations = hessianEvaluations;
    }

    /// <summary>The optimiser and its settings, for example "gradient descent with backtracking".</summary>
    public string Method { get; }

    /// <summary>x₀, x₁, …, xₖ: the start and every point stepped to.</summary>
    public IReadOnlyList<Vector<double>> Iterates { get; }

    /// <summary>f(x₀), f(x₁), …, f(xₖ): the value at each iterate.</summary>
    public IReadOnlyList<double> Values { get; }

    /// <summary>‖∇f(x₀)‖, ‖∇f(x₁)‖, …: the gradient's length at each iterate; NaN where it was not evaluated (a point that diverged).</summary>
    public IReadOnlyList<double> GradientNorms { get; }

    /// <summary>The rule behind each step: Steps[k] took xₖ to xₖ₊₁.</summary>
    public IReadOnlyList<StepKind> Steps { get; }

    /// <summary>xₖ, the last iterate: a stationary point when <see cref="Converged"/>, otherwise where the run gave up.</summary>
    public Vector<double> Point => Iterates[^1];

    /// <summary>f(xₖ), the value at the last iterate.</summary>
    public double Value => Values[^1];

    /// <summary>Why the run stopped.</summary>
    public StopReason StopReason { get; }

    /// <summary>True when <see cref="StopReason"/> is <see cref="StopReason.Converged"/>: ‖∇f(xₖ)‖ fell below the tolerance.</summary>
    public bool Converged => StopReason == StopReason.Converged;

    /// <summary>k, the number of steps taken: one less than the number of iterates.</summary>
    public int Iterations => Steps.Count;

    /// <summary>How many times f was evaluated (at the iterates, and at every trial point of a line search).</summary>
    public int FunctionEvaluations { get; }

    /// <summary>How many times ∇f was evaluated.</summary>
    public int GradientEvaluations { get; }

    /// <summary>How many times the Hessian H was evaluated.</summary>
    public int HessianEvaluations { get; }

    /// <summary>The <paramref name="axis"/>-th coordinate of every iterate, (x₀)ᵢ, (x₁)ᵢ, …: one axis of the path for a chart.</summary>
    /// <param name="axis">i, from 0.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="axis"/> is negative or not less than the dimension.</exception>
    public IReadOnlyList<double> Coordinates(int axis)
    {
        if (axis < 0 || axis >= Point.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(axis), axis, $"axis must be from 0 to {Point.Count - 1} for points with {Point.Count} coordinates; got {axis}.");
        }

        return Iterates.Select(x => x[axis]).ToArray();
    }

    /// <summary>A summary: how the run ended, where, with what f and ‖∇f‖, which steps it took, and what it cost.</summary>
    public override string ToString()
    {
        var lines = new List<string>
        {
            $"{Method} {Formatting.Describe(StopReason)} after {Formatting.Count(Iterations)} steps",
            $"  x = {Formatting.Point(Point)}, f(x) = {Formatting.Number(Value)}, ‖∇f(x)‖ = {Formatting.Number(GradientNorms[^1])}",
        };
        var kinds = Steps.Distinct().Select(kind => $"{Formatting.Count(Steps.Count(step => step == kind))} {(kind == StepKind.Newton ? "Newton" : kind.ToString().ToLowerInvariant())}");
        if (Steps.Distinct().Count() > 1)
        {
            lines.Add($"  steps: {string.Join(", ", kinds)}");
        }

        lines.Add($"  evaluations: f {Formatting.Count(FunctionEvaluations)}, ∇f {Formatting.Count(GradientEvaluations)}, Hessian {Formatting.Count(HessianEvaluations)}");
        return string.Join(Environment.NewLine, lines);
    }
}
