using System.Text.Json.Serialization;

namespace Calculus.Charts;

/// <summary>Points (x, y, z) in 3-D drawn as lines or markers: a path of iterates over a surface.</summary>
public sealed class Scatter3D : Trace
{
    /// <inheritdoc/>
    private protected override string TypeName => "scatter3d";

    /// <summary>The x coordinates.</summary>
    [JsonPropertyName("x")]
    public double[] X { get; set; } = [];

    /// <summary>The y coordinates.</summary>
    [JsonPropertyName("y")]
    public double[] Y { get; set; } = [];

    /// <summary>The z coordinates.</summary>
    [JsonPropertyName("z")]
    public double[] Z { get; set; } = [];

    /// <summary>"lines", "markers" or "lines+markers".</summary>
    [JsonPropertyName("mode")]
    public string Mode { get; set; } = "lines+markers";

    /// <summary>The line style.</summary>
    [JsonPropertyName("line")]
    public Line? Line { get; set; }

    /// <summary>The marker style.</summary>
    [JsonPropertyName("marker")]
    public Marker? Marker { get; set; }

    internal override void Validate(int index)
    {
        SameLength(index, "x", X, "y", Y);
        SameLength(index, "x", X, "z", Z);
    }
}
