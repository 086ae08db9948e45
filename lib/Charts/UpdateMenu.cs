using System.Text.Json.Serialization;

namespace Calculus.Charts;

/// <summary>Buttons above the chart; here the Play button of an animation.</summary>
public sealed class UpdateMenu
{
    /// <summary>"buttons".</summary>
    [JsonPropertyName("type")]
    public string Type { get; set; } = "buttons";

    /// <summary>Whether the buttons stay visible.</summary>
    [JsonPropertyName("showactive")]
    public bool ShowActive { get; set; }

    /// <summary>The buttons (each an animate call).</summary>
    [JsonPropertyName("buttons")]
    public List<AnimationStep> Buttons { get; set; } = [];

    /// <summary>Horizontal position, 0 (left) to 1 (right) of the plot.</summary>
    [JsonPropertyName("x")]
    public double X { get; set; } = 0.1;

    /// <summary>Vertical position: 0 is the bottom of the plot area.</summary>
    [JsonPropertyName("y")]
    public double Y { get; set; }

    /// <summary>Which side of the button sits at x.</summary>
    [JsonPropertyName("xanchor")]
    public string XAnchor { get; set; } = "right";

    /// <summary>Which side of the button sits at y: its top, so it hangs below the plot beside the slider.</summary>
    [JsonPropertyName("yanchor")]
    public string YAnchor { get; set; } = "top";

    /// <summary>Space around the buttons, in pixels, level with the slider.</summary>
    [JsonPropertyName("pad")]
    public Dictionary<string, int> Pad { get; set; } = new() { ["t"] = 60, ["r"] = 10 };
}
