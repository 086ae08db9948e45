using System.Text.Json.Serialization;

namespace Calculus.Charts;

/// <summary>An arrow (and optional text) on a 2-D chart, from (AX, AY) to (X, Y) in data coordinates: a gradient drawn at a point.</summary>
public sealed class Annotation
{
    /// <summary>Where the arrow points (its head), x.</summary>
    [JsonPropertyName("x")]
    public double X { get; set; }

    /// <summary>Where the arrow points (its head), y.</summary>
    [JsonPropertyName("y")]
    public double Y { get; set; }

    /// <summary>Where the arrow starts (its tail), x.</summary>
    [JsonPropertyName("ax")]
    public double AX { get; set; }

    /// <summary>Where the arrow starts (its tail), y.</summary>
    [JsonPropertyName("ay")]
    public double AY { get; set; }

    /// <summary>Data coordinates for x ("x", or "x2" on a subplot).</summary>
    [JsonPropertyName("xref")]
    public string XRef { get; set; } = "x";

    /// <summary>Data coordinates for y.</summary>
    [JsonPropertyName("yref")]
    public string YRef { get; set; } = "y";

    /// <summary>The tail's x is in data coordinates too.</summary>
    [JsonPropertyName("axref")]
    public string AXRef { get; set; } = "x";

    /// <summary>The tail's y is in data coordinates too.</summary>
    [JsonPropertyName("ayref")]
    public string AYRef { get; set; } = "y";

    /// <summary>Text at the tail; empty for a bare arrow.</summary>
    [JsonPropertyName("text")]
    public string Text { get; set; } = "";

    /// <summary>Draw the arrow.</summary>
    [JsonPropertyName("showarrow")]
    public bool ShowArrow { get; set; } = true;

    /// <summary>Arrow head style, 0 to 8.</summary>
    [JsonPropertyName("arrowhead")]
    public int ArrowHead { get; set; } = 2;

    /// <summary>Arrow colour.</summary>
    [JsonPropertyName("arrowcolor")]
    public string? ArrowColor { get; set; }

    /// <summary>Arrow line width in pixels.</summary>
    [JsonPropertyName("arrowwidth")]
    public double? ArrowWidth { get; set; }
}
