using System.Text.Json.Serialization;

namespace Calculus.Charts;

/// <summary>A slider under the chart that moves through the animation's frames.</summary>
public sealed class Slider
{
    /// <summary>One step per frame.</summary>
    [JsonPropertyName("steps")]
    public List<AnimationStep> Steps { get; set; } = [];

    /// <summary>Where the slider starts, 0 to 1 across the plot: right of the Play button.</summary>
    [JsonPropertyName("x")]
    public double X { get; set; } = 0.1;

    /// <summary>Its length as a fraction of the plot's width.</summary>
    [JsonPropertyName("len")]
    public double Length { get; set; } = 0.9;

    /// <summary>Which end of the slider sits at x.</summary>
    [JsonPropertyName("xanchor")]
    public string XAnchor { get; set; } = "left";

    /// <summary>The step selected at first.</summary>
    [JsonPropertyName("active")]
    public int Active { get; set; }

    /// <summary>Space above the slider, in pixels, so that it clears the x axis's title.</summary>
    [JsonPropertyName("pad")]
    public Dictionary<string, int> Pad { get; set; } = new() { ["t"] = 50 };

    /// <summary>Text before the current step's label.</summary>
    [JsonPropertyName("currentvalue")]
    public Dictionary<string, string> CurrentValue { get; set; } = new() { ["prefix"] = "" };
}
