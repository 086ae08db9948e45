using System.Text.Json.Serialization;

namespace Calculus.Charts;

/// <summary>How a line is drawn: colour, width and dash ("solid", "dash", "dot").</summary>
public sealed class Line
{
    /// <summary>A CSS colour, e.g. "#1f77b4" or "crimson".</summary>
    [JsonPropertyName("color")]
    public string? Color { get; set; }

    /// <summary>Width in pixels.</summary>
    [JsonPropertyName("width")]
    public double? Width { get; set; }

    /// <summary>"solid", "dot", "dash", "longdash", "dashdot".</summary>
    [JsonPropertyName("dash")]
    public string? Dash { get; set; }
}
