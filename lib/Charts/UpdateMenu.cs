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
    public double X { get; set; }

    /// <summary>Vertical position; below 0 is under the plot.</summary>
    [JsonPropertyName("y")]
    public double Y { get; set; } = -0.12;

    /// <summary>Which side of the button sits at x.</summary>
    [JsonPropertyName("xanchor")]
    public string XAnchor { get; set; } = "right";
}
