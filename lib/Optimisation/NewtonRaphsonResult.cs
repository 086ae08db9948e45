using Calculus.Display;

namespace Calculus.Optimisation;

/// <summary>
/// What a run of Newton–Raphson did: the table of iterates (n, xₙ, f(xₙ), f'(xₙ), step), why it stopped and how
/// many evaluations it cost. Displays as an aligned table. Made by <see cref="NewtonRaphson.FindRoot(Func{double, double}, Func{double, double}, double, double, int)"/>.
/// </summary>
[TypeFormatterSource(typeof(MathFormatterSource), PreferredMimeTypes = [MathFormatterSource.PlainTextMimeType])]
public sealed class NewtonRaphsonResult
{
    internal NewtonRaphsonResult(
        IReadOnlyList<NewtonRaphsonStep> steps,
        IReadOnlyList<double> iterates,
        StopReason stopReason,
        int functionEvaluations,
        int derivativeEvaluations)
    {
        Steps = steps;
        Iterates = iterates;
        StopReason = stopReason;
        FunctionEvaluations = functionEvaluations;
        DerivativeEvaluations = derivativeEvaluations;
    }

    /// <summary>The table: one row per iterate at which f and f' were evaluated.</summary>
    public IReadOnlyList<NewtonRaphsonStep> Steps { get; }

    /// <summary>x₀, x₁, …, xₙ: every iterate, including the last one reached (which has no row when the run converged).</summary>
    public IReadOnlyList<double> Iterates { get; }

    /// <summary>The last iterate: a root when <see cref="Converged"/>, otherwise where the iteration gave up.</summary>
    public double Root => Iterates[^1];

    /// <summary>Why the iteration stopped.</summary>
    public StopReason StopReason { get; }

    /// <summary>True when <see cref="StopReason"/> is <see cref="StopReason.Converged"/>.</summary>
    public bool Converged => StopReason == StopReason.Converged;

    /// <summary>The number of steps taken, xₙ₊₁ = xₙ − f(xₙ)/f'(xₙ): one less than the number of iterates.</summary>
    public int Iterations => Iterates.Count - 1;

    /// <summary>How many times f was evaluated.</summary>
    public int FunctionEvaluations { get; }

    /// <summary>How many times f' was evaluated.</summary>
    public int DerivativeEvaluations { get; }

    /// <summary>p ≈ ln(eₙ₊₁/eₙ) / ln(eₙ/eₙ₋₁) from the last errors eₙ = |xₙ − x*| above rounding (see <see cref="Convergence.Order"/>).</summary>
    /// <param name="knownRoot">x*, if known; by default the last iterate stands in for it.</param>
    /// <exception cref="ArgumentException">Fewer than three consecutive iterates have errors above rounding.</exception>
    public double ConvergenceOrder(double? knownRoot = null) => Convergence.Order(Iterates, knownRoot);

    /// <summary>The table of iterates in aligned columns, then a line saying why it stopped and what it cost.</summary>
    public override string ToString()
    {
        // A space in place of a minus sign keeps the digits of positive and negative xₙ in the same columns.
        var sign = Steps.Any(step => step.X < 0) ? " " : "";
        var rows = new List<string[]> { new[] { "n", "x_n", "f(x_n)", "f'(x_n)", "step" } };
        rows.AddRange(Steps.Select(step => new[]
        {
            step.N.ToString(System.Globalization.CultureInfo.InvariantCulture),
            (step.X < 0 ? "" : sign) + Formatting.Digits(step.X),
            Formatting.Scientific(step.Value),
            Formatting.Scientific(step.Derivative),
            Formatting.Scientific(step.Step),
        }));

        var summary = $"Newton–Raphson {Formatting.Describe(StopReason)} after {Formatting.Count(Iterations)} steps at x = {Formatting.Digits(Root)}; "
            + $"f evaluated {Formatting.Times(FunctionEvaluations)}, f' {Formatting.Times(DerivativeEvaluations)}.";

        // x_n is left-aligned so that the digits it has in common with the root line up, and their doubling shows.
        return Formatting.Table(rows, leftAligned: 1) + Environment.NewLine + summary;
    }
}
