using System.Text.Json.Serialization;

namespace Calculus.Charts;

/// <summary>A step of a slider (or a button): calls Plotly's <c>animate</c> with one frame, under a label.</summary>
public sealed class AnimationStep
{
    /// <summary>Shows the frame named <paramref name="frame"/>, moving to it over <paramref name="durationMs"/>.</summary>
    public AnimationStep(string label, string? frame, int durationMs)
    {
        Label = label;
        Args =
        [
            frame is null ? null : new[] { frame },
            new Dictionary<string, object>
            {
                ["mode"] = "immediate",
                ["frame"] = new Dictionary<string, object> { ["duration"] = durationMs, ["redraw"] = true },
                ["transition"] = new Dictionary<string, object> { ["duration"] = durationMs / 2 },
                ["fromcurrent"] = true,
            },
        ];
    }

    /// <summary>Always "animate".</summary>
    [JsonPropertyName("method")]
    public string Method => "animate";

    /// <summary>The frame to show and how (Plotly.animate's arguments).</summary>
    [JsonPropertyName("args")]
    public object?[] Args { get; }

    /// <summary>The label under the step.</summary>
    [JsonPropertyName("label")]
    public string Label { get; }
}
