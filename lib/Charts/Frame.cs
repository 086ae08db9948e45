using System.Text.Json.Serialization;

namespace Calculus.Charts;

/// <summary>One frame of an animation: new data for some of the figure's traces, under a name.</summary>
public sealed class Frame
{
    /// <summary>The frame's name, which slider steps refer to.</summary>
    [JsonPropertyName("name")]
    public string Name { get; set; } = "";

    /// <summary>The new data, one trace for each index in <see cref="Traces"/> (or for the figure's first traces).</summary>
    [JsonPropertyName("data")]
    public List<Trace> Data { get; set; } = [];

    /// <summary>Which of the figure's traces the frame's data replace; unset, the first ones in order.</summary>
    [JsonPropertyName("traces")]
    public int[]? Traces { get; set; }
}
