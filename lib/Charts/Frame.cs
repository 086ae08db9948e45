using System.Text.Json.Serialization;

namespace Calculus.Charts;

/// <summary>One frame of an animation: the traces to show (replacing the figure's, in order) under a name.</summary>
public sealed class Frame
{
    /// <summary>The frame's name, which slider steps refer to.</summary>
    [JsonPropertyName("name")]
    public string Name { get; set; } = "";

    /// <summary>The traces of this frame.</summary>
    [JsonPropertyName("data")]
    public List<Trace> Data { get; set; } = [];
}
