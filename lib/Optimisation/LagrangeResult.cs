using Calculus.Display;

namespace Calculus.Optimisation;

/// <summary>
/// The stationary points of a constrained problem found from several starts, each classified, with every run's
/// path and the evaluations it all cost. Displays as a table. Made by <see cref="LagrangeMultipliers.FindStationaryPoints"/>.
/// </summary>
[TypeFormatterSource(typeof(MathFormatterSource), PreferredMimeTypes = [MathFormatterSource.PlainTextMimeType])]
public sealed class LagrangeResult
{
    internal LagrangeResult(
        IReadOnlyList<ConstrainedStationaryPoint> points,
        IReadOnlyList<LagrangeRun> runs,
        (int Value, int Gradient, int Hessian) function,
        (int Value, int Gradient, int Hessian) constraints)
    {
        Points = points;
        Runs = runs;
        FunctionEvaluations = function.Value;
        GradientEvaluations = function.Gradient;
        HessianEvaluations = function.Hessian;
        ConstraintEvaluations = constraints.Value;
        ConstraintGradientEvaluations = constraints.Gradient;
        ConstraintHessianEvaluations = constraints.Hessian;
    }

    /// <summary>The distinct stationary points, in the order they were first found.</summary>
    public IReadOnlyList<ConstrainedStationaryPoint> Points { get; }

    /// <summary>One run per starting point, in the order of the starts, converged or not.</summary>
    public IReadOnlyList<LagrangeRun> Runs { get; }

    /// <summary>How many times f was evaluated (once per distinct point).</summary>
    public int FunctionEvaluations { get; }

    /// <summary>How many times ∇f was evaluated.</summary>
    public int GradientEvaluations { get; }

    /// <summary>How many times ∇²f was evaluated.</summary>
    public int HessianEvaluations { get; }

    /// <summary>How many times a constraint value gₖ was evaluated, summed over the constraints.</summary>
    public int ConstraintEvaluations { get; }

    /// <summary>How many times a constraint gradient ∇gₖ was evaluated, summed over the constraints.</summary>
    public int ConstraintGradientEvaluations { get; }

    /// <summary>How many times a constraint Hessian ∇²gₖ was evaluated, summed over the constraints.</summary>
    public int ConstraintHessianEvaluations { get; }

    /// <summary>The points of <see cref="Points"/> of one kind, for example the constrained maxima.</summary>
    /// <param name="kind">The kind wanted.</param>
    public IReadOnlyList<ConstrainedStationaryPoint> OfKind(StationaryPointKind kind) => Points.Where(point => point.Kind == kind).ToArray();

    /// <summary>A table of the points (kind, f, x, λ), then how the runs ended and what they cost.</summary>
    public override string ToString()
    {
        var rows = new List<string[]> { new[] { "kind", "f(x)", "x", "λ" } };
        rows.AddRange(Points.Select(point => new[]
        {
            point.Kind.ToString().ToLowerInvariant(),
            Formatting.Number(point.Value),
            Formatting.Point(point.X),
            Formatting.Point(point.Multipliers),
        }));

        var converged = Runs.Count(run => run.Converged);
        var lines = new List<string>
        {
            $"{Formatting.Count(Points.Count, "stationary point", "stationary points")} of L(x, λ) = f(x) − Σ λₖ gₖ(x) from {Formatting.Count(Runs.Count, "start", "starts")} ({Formatting.Count(converged)} converged)",
            Formatting.Table(rows, 0, 2, 3),
        };
        foreach (var group in Runs.Where(run => !run.Converged).GroupBy(run => run.StopReason))
        {
            lines.Add($"{Formatting.Count(group.Count(), "run", "runs")} {Formatting.Describe(group.Key)}");
        }

        lines.Add($"evaluations: f {Formatting.Count(FunctionEvaluations)}, ∇f {Formatting.Count(GradientEvaluations)}, ∇²f {Formatting.Count(HessianEvaluations)}; "
            + $"constraints: g {Formatting.Count(ConstraintEvaluations)}, ∇g {Formatting.Count(ConstraintGradientEvaluations)}, ∇²g {Formatting.Count(ConstraintHessianEvaluations)}");
        return string.Join(Environment.NewLine, lines);
    }
}
