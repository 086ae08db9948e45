using System.Globalization;
using Calculus.Symbolic;

namespace Calculus.Exercises;

/// <summary>
/// Whether two expressions are the same function: first by simplifying their difference to 0, else by evaluating both
/// at seeded random points of the domain (points where the expected expression is not finite are skipped).
/// </summary>
internal static class SymbolicEquivalence
{
    /// <summary>How many points must agree when simplification cannot decide.</summary>
    public const int Points = 12;

    /// <summary>Agreement at a point: |given − expected| ≤ 1e-8·max(1, |expected|).</summary>
    public const double Tolerance = 1e-8;

    /// <summary>Null when <paramref name="given"/> equals <paramref name="expected"/> as a function; otherwise where they differ, in words.</summary>
    public static string? Difference(Expr expected, Expr given, IReadOnlyList<string> variables, (double From, double To) domain, int seed)
    {
        var unknown = given.Variables.Except(variables).ToList();
        if (unknown.Count > 0)
        {
            return $"your answer uses {string.Join(", ", unknown)}, but the question's variables are {string.Join(", ", variables)}";
        }

        if ((expected - given).Simplify() is Number { Value: 0 })
        {
            return null;
        }

        var random = new Random(seed);
        var agreed = 0;
        for (var attempt = 0; attempt < 50 * Points && agreed < Points; attempt++)
        {
            var point = variables.ToDictionary(v => v, _ => domain.From + ((domain.To - domain.From) * random.NextDouble()));
            var want = expected.Evaluate(point);
            if (!double.IsFinite(want))
            {
                continue;
            }

            var got = given.Evaluate(point);
            if (!(Math.Abs(got - want) <= Tolerance * Math.Max(1, Math.Abs(want))))
            {
                return $"at {Describe(point)} your answer gives {Checks.Show(got)}, but the right answer gives {Checks.Show(want)}";
            }

            agreed++;
        }

        return agreed >= Points ? null : $"the expected answer could be evaluated at only {agreed} points of ({Checks.Show(domain.From)}, {Checks.Show(domain.To)}); the drill's domain is wrong";
    }

    private static string Describe(Dictionary<string, double> point) =>
        string.Join(", ", point.Select(p => $"{p.Key} = {p.Value.ToString("G4", CultureInfo.InvariantCulture)}"));
}
