using System.Text.Json.Serialization;

namespace Calculus.Charts;

/// <summary>A 2-D or 3-D axis: its title, range, and (for equal aspect) the axis it is scaled to.</summary>
public sealed class Axis
{
    /// <summary>The axis title.</summary>
    [JsonPropertyName("title")]
    public Title? Title { get; set; }

    /// <summary>[min, max] shown.</summary>
    [JsonPropertyName("range")]
    public double[]? Range { get; set; }

    /// <summary>Ties this axis's scale to another ("x" or "y"): with ScaleRatio 1, one unit is as long on both axes.</summary>
    [JsonPropertyName("scaleanchor")]
    public string? ScaleAnchor { get; set; }

    /// <summary>Units of this axis per unit of the anchor axis.</summary>
    [JsonPropertyName("scaleratio")]
    public double? ScaleRatio { get; set; }

    /// <summary>With a scale anchor: "domain" shrinks the plot area to keep equal units, "range" widens the range instead.</summary>
    [JsonPropertyName("constrain")]
    public string? Constrain { get; set; }

    /// <summary>Whether grid lines are drawn.</summary>
    [JsonPropertyName("showgrid")]
    public bool? ShowGrid { get; set; }

    /// <summary>Whether the zero line is drawn.</summary>
    [JsonPropertyName("zeroline")]
    public bool? ZeroLine { get; set; }

    /// <summary>"linear" or "log".</summary>
    [JsonPropertyName("type")]
    public string? Type { get; set; }
}
