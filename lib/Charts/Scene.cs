using System.Text.Json.Serialization;

namespace Calculus.Charts;

/// <summary>The 3-D scene of surfaces and cones: its three axes and aspect.</summary>
public sealed class Scene
{
    /// <summary>The x axis.</summary>
    [JsonPropertyName("xaxis")]
    public Axis? XAxis { get; set; }

    /// <summary>The y axis.</summary>
    [JsonPropertyName("yaxis")]
    public Axis? YAxis { get; set; }

    /// <summary>The z axis.</summary>
    [JsonPropertyName("zaxis")]
    public Axis? ZAxis { get; set; }

    /// <summary>"auto", "cube", "data" (equal units on every axis).</summary>
    [JsonPropertyName("aspectmode")]
    public string? AspectMode { get; set; }
}
