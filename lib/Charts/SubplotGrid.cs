using System.Text.Json.Serialization;

namespace Calculus.Charts;

/// <summary>Subplots on a grid of rows and columns, each with its own axes (x, x2, x3... and y, y2, y3...).</summary>
public sealed class SubplotGrid
{
    /// <summary>Rows of subplots.</summary>
    [JsonPropertyName("rows")]
    public int Rows { get; set; } = 1;

    /// <summary>Columns of subplots.</summary>
    [JsonPropertyName("columns")]
    public int Columns { get; set; } = 2;

    /// <summary>"independent": each subplot has its own pair of axes.</summary>
    [JsonPropertyName("pattern")]
    public string Pattern { get; set; } = "independent";

    /// <summary>The axes of subplot <paramref name="panel"/>, counted from 1 in reading order: ("x", "y") for the first, ("x{n}", "y{n}") after it.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="panel"/> is less than 1.</exception>
    public static (string X, string Y) Axes(int panel)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(panel, 1);
        return panel == 1 ? ("x", "y") : ($"x{panel}", $"y{panel}");
    }
}
