using System.Text.Json.Serialization;

namespace Calculus.Charts;

/// <summary>A slider under the chart that moves through the animation's frames.</summary>
public sealed class Slider
{
    /// <summary>One step per frame.</summary>
    [JsonPropertyName("steps")]
    public List<AnimationStep> Steps { get; set; } = [];

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
