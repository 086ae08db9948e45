using System.Globalization;
using Calculus.FiniteDifferences;
using MathNet.Numerics.LinearAlgebra;

namespace Calculus.Exercises;

/// <summary>
/// The checks that follow exercises, like a grader: each runs the learner's code itself (so an unfinished exercise
/// is a clear "not done yet", not a stack trace), compares with a tolerance, |got − expected| ≤ tol·max(1, |expected|),
/// and returns a <see cref="CheckResult"/> that displays as a pass or a failure with expected, got and a hint. In strict
/// mode (<see cref="StrictVariable"/> = 1) a failure is shown and then thrown as a <see cref="CheckFailedException"/>.
/// </summary>
public static class Checks
{
    /// <summary>The default tolerance: relative above 1, absolute below.</summary>
    public const double DefaultTolerance = 1e-6;

    /// <summary>
    /// The environment variable that makes checks strict: set to 1 (or true), a failed check shows its red block and then throws a
    /// <see cref="CheckFailedException"/>, so that nbclient, papermill or "Run All" stops there; unset, it only shows.
    /// </summary>
    public const string StrictVariable = "COURSE_STRICT_CHECKS";

    /// <summary>A number against the expected one, within tolerance·max(1, |expected|) (absolute below 1, relative above): <c>Checks.Number("Exercise 1.1: the slope", 3.0, () => Slope(1, 2, 3, 8))</c>.</summary>
    public static CheckResult Number(string title, double expected, Func<double> actual, double tolerance = DefaultTolerance, string? hint = null) =>
        Run(title, hint, () =>
        {
            var got = actual();
            return Close(got, expected, tolerance)
                ? Pass(title, $"got {Show(got)}")
                : Fail(title, hint, $"expected {Show(expected)}", $"got {Show(got)}");
        });

    /// <summary>A number within a relative tolerance, |got − expected| ≤ relativeTolerance·|expected|, for numbers far smaller than 1 (3.7 × 10⁻³⁴) that <see cref="Number"/>'s absolute tolerance would pass whatever they were.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="expected"/> is zero or not finite, or <paramref name="relativeTolerance"/> is not positive.</exception>
    public static CheckResult Relative(string title, double expected, Func<double> actual, double relativeTolerance, string? hint = null)
    {
        if (expected == 0 || !double.IsFinite(expected))
        {
            throw new ArgumentOutOfRangeException(nameof(expected), expected, "A relative check needs a finite, non-zero expected value; use Checks.Number with an absolute tolerance for 0.");
        }

        if (!(relativeTolerance > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(relativeTolerance), relativeTolerance, "Expected a positive relative tolerance, such as 0.01 for 1 %.");
        }

        return Run(title, hint, () =>
        {
            var got = actual();
            return Math.Abs(got - expected) <= relativeTolerance * Math.Abs(expected)
                ? Pass(title, $"got {Show(got)}")
                : Fail(title, hint, $"expected {Show(expected)} to within {Show(100 * relativeTolerance)} %", $"got {Show(got)}");
        });
    }

    /// <summary>A vector, component by component, against the expected one.</summary>
    public static CheckResult Vector(string title, IEnumerable<double> expected, Func<IEnumerable<double>> actual, double tolerance = DefaultTolerance, string? hint = null) =>
        Run(title, hint, () =>
        {
            var want = expected.ToArray();
            var got = actual().ToArray();
            if (got.Length != want.Length)
            {
                return Fail(title, hint, $"expected {want.Length} components", $"got {got.Length}: {Show(got)}");
            }

            var wrong = Enumerable.Range(0, want.Length).Where(i => !Close(got[i], want[i], tolerance)).ToList();
            return wrong.Count == 0
                ? Pass(title, $"got {Show(got)}")
                : Fail(title, hint, $"expected {Show(want)}", $"got {Show(got)}", $"component {wrong[0]} is off by {Show(got[wrong[0]] - want[wrong[0]])}");
        });

    /// <summary>A matrix, entry by entry, against the expected one.</summary>
    public static CheckResult Matrix(string title, Matrix<double> expected, Func<Matrix<double>> actual, double tolerance = DefaultTolerance, string? hint = null) =>
        Run(title, hint, () =>
        {
            var got = actual();
            if (got.RowCount != expected.RowCount || got.ColumnCount != expected.ColumnCount)
            {
                return Fail(title, hint, $"expected a {expected.RowCount}×{expected.ColumnCount} matrix", $"got {got.RowCount}×{got.ColumnCount}");
            }

            for (var i = 0; i < expected.RowCount; i++)
            {
                for (var j = 0; j < expected.ColumnCount; j++)
                {
                    if (!Close(got[i, j], expected[i, j], tolerance))
                    {
                        return Fail(title, hint, $"expected entry ({i}, {j}) to be {Show(expected[i, j])}", $"got {Show(got[i, j])}");
                    }
                }
            }

            return Pass(title, $"all {expected.RowCount * expected.ColumnCount} entries match");
        });

    /// <summary>A function against a reference on sample points: f(x) = reference(x) at every x.</summary>
    public static CheckResult Function(string title, Func<double, double> reference, Func<double, double> candidate, IEnumerable<double> points, double tolerance = DefaultTolerance, string? hint = null) =>
        Run(title, hint, () =>
        {
            foreach (var x in points)
            {
                var want = reference(x);
                var got = candidate(x);
                if (!Close(got, want, tolerance))
                {
                    return Fail(title, hint, $"at x = {Show(x)} expected {Show(want)}", $"got {Show(got)}");
                }
            }

            return Pass(title, "matches the reference at every sample point");
        });

    /// <summary>A derivative f' against the central difference of f at each sample point.</summary>
    public static CheckResult Derivative(string title, Func<double, double> f, Func<double, double> derivative, IEnumerable<double> points, double tolerance = 1e-5, string? hint = null) =>
        Function(title, x => FiniteDifference.Derivative(f, x), derivative, points, tolerance, hint);

    /// <summary>A gradient ∇f against central differences of f at each sample point.</summary>
    public static CheckResult Gradient(string title, Func<double[], double> f, Func<double[], IEnumerable<double>> gradient, IEnumerable<double[]> points, double tolerance = 1e-5, string? hint = null) =>
        Run(title, hint, () =>
        {
            foreach (var point in points)
            {
                var want = FiniteDifference.Gradient(f, point).ToArray();
                var got = gradient(point).ToArray();
                if (got.Length != want.Length || Enumerable.Range(0, want.Length).Any(i => !Close(got[i], want[i], tolerance)))
                {
                    return Fail(title, hint, $"at ({Show(point)}) expected about {Show(want)} (central differences)", $"got {Show(got)}");
                }
            }

            return Pass(title, "matches central differences at every sample point");
        });

    /// <summary>A claim that must hold: <c>Checks.True("Exercise 2.5: the point is a saddle", () => IsSaddle(h))</c>.</summary>
    public static CheckResult True(string title, Func<bool> condition, string? hint = null) =>
        Run(title, hint, () => condition() ? Pass(title, "holds") : Fail(title, hint, "expected this to hold", "it does not"));

    /// <summary>
    /// The learner's progress in this notebook: "Exercises 3/7, drills 9/12 done", with the tasks not done yet named.
    /// It counts every check whose title starts with "Exercise N.M" or "Drill N.M" that has run in this kernel.
    /// </summary>
    public static Progress Progress() => new(TaskLedger.Snapshot());

    /// <summary>Runs a check, turning an unfinished exercise or an exception in the learner's code into a failure.</summary>
    internal static CheckResult Run(string title, string? hint, Func<CheckResult> check)
    {
        CheckResult result;
        try
        {
            result = check();
        }
        catch (NotImplementedException e)
        {
            result = Fail(title, hint, $"not done yet: {e.Message}");
        }
        catch (Exception e)
        {
            result = Fail(title, hint, $"your code threw {e.GetType().Name}: {e.Message}");
        }

        TaskLedger.Record(result);
        StrictChecks.Enforce(result);
        return result;
    }

    internal static bool Close(double got, double expected, double tolerance) =>
        double.IsFinite(got) ? Math.Abs(got - expected) <= tolerance * Math.Max(1, Math.Abs(expected)) : got.Equals(expected);

    internal static CheckResult Pass(string title, string detail) => new(title, passed: true, [detail]);

    internal static CheckResult Fail(string title, string? hint, params string[] details) =>
        new(title, passed: false, hint is null ? details : [.. details, $"hint: {hint}"]);

    internal static string Show(double value) => value.ToString("G10", CultureInfo.InvariantCulture);

    internal static string Show(IEnumerable<double> values) => "(" + string.Join(", ", values.Select(Show)) + ")";
}
