using System.Text.Json.Serialization;

namespace Calculus.Charts;

/// <summary>How points are drawn: colour, size and symbol.</summary>
public sealed class Marker
{
    /// <summary>A CSS colour.</summary>
    [JsonPropertyName("color")]
    public string? Color { get; set; }

    /// <summary>Size in pixels.</summary>
    [JsonPropertyName("size")]
    public double? Size { get; set; }

    /// <summary>"circle", "x", "star", "diamond", ...</summary>
    [JsonPropertyName("symbol")]
    public string? Symbol { get; set; }
}
