using System.Globalization;
using MathNet.Numerics.LinearAlgebra;

namespace Calculus.Optimisation;

/// <summary>How the optimisers' results write numbers and points as text.</summary>
internal static class Formatting
{
    /// <summary>A number to six significant figures, or — for NaN (a value that was not computed).</summary>
    public static string Number(double value) =>
        double.IsNaN(value) ? "—" : value.ToString("G6", CultureInfo.InvariantCulture);

    /// <summary>A number to 15 significant figures, so that the digits an iteration gains can be counted.</summary>
    public static string Digits(double value) =>
        double.IsNaN(value) ? "—" : value.ToString("G15", CultureInfo.InvariantCulture);

    /// <summary>A small number in scientific notation, 1.234e-05, or — for NaN.</summary>
    public static string Scientific(double value) =>
        double.IsNaN(value) ? "—" : value.ToString("0.000e+00", CultureInfo.InvariantCulture);

    /// <summary>A point as (x₁, x₂, …), each coordinate to six significant figures.</summary>
    public static string Point(Vector<double> point) =>
        "(" + string.Join(", ", point.Select(Number)) + ")";

    /// <summary>A count with thousands separators: 12,345.</summary>
    public static string Count(int count) => count.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>A count with its noun, singular for one: "1 start", "6 starts".</summary>
    public static string Count(int count, string singular, string plural) => $"{Count(count)} {(count == 1 ? singular : plural)}";

    /// <summary>How many times, in words for one: once, 5 times, 12,345 times.</summary>
    public static string Times(int count) => count == 1 ? "once" : $"{Count(count)} times";

    /// <summary>A stop reason as the middle of a sentence: "converged", "diverged", "stopped at a zero derivative"….</summary>
    public static string Describe(StopReason reason) => reason switch
    {
        StopReason.Converged => "converged",
        StopReason.ZeroDerivative => "stopped at a zero derivative",
        StopReason.Diverged => "diverged",
        StopReason.Cycling => "came back to an earlier iterate (a cycle)",
        StopReason.MaxIterations => "reached the iteration limit",
        StopReason.SingularHessian => "stopped at a singular Hessian",
        StopReason.LineSearchFailed => "stopped when the line search found no step downhill",
        _ => reason.ToString(),
    };

    /// <summary>Rows of cells as a table with columns separated by two spaces: right-aligned, except those listed as left-aligned.</summary>
    public static string Table(IReadOnlyList<string[]> rows, params int[] leftAligned)
    {
        var widths = new int[rows[0].Length];
        foreach (var row in rows)
        {
            for (var j = 0; j < row.Length; j++)
            {
                widths[j] = Math.Max(widths[j], row[j].Length);
            }
        }

        return string.Join(Environment.NewLine, rows.Select(row =>
            string.Join("  ", row.Select((cell, j) => leftAligned.Contains(j) ? cell.PadRight(widths[j]) : cell.PadLeft(widths[j]))).TrimEnd()));
    }
}
