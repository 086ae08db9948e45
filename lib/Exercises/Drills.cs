using Calculus.Symbolic;

namespace Calculus.Exercises;

/// <summary>
/// Drill generators: each makes a <see cref="DrillQuestion"/> from a seeded <see cref="Random"/>, and the expected
/// answer is computed (by the library's differentiation or linear algebra), never typed in. Each week's drills are in Drills.WeekN.cs. Use with
/// <see cref="Drill.Of"/>: <c>Drill.Of("Drill 1.1", Drills.PowerRule)</c>.
/// </summary>
public static partial class Drills
{
    private static DrillQuestion Differentiation(string title, Expr f, string hint, string? working = null)
    {
        var derivation = Derivative.Of(f, "x");
        var derivative = derivation.Result;
        return new DrillQuestion(
            title,
            $"Differentiate $f(x) = {f.ToLatex()}$ with respect to $x$.",
            ExpectedAnswer.Expression(derivative, variables: "x"),
            hint,
            $"{(working is null ? "" : working + " ")}$f'(x) = {derivative.ToLatex()}$.");
    }
}
