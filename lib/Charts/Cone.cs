using System.Text.Json.Serialization;

namespace Calculus.Charts;

/// <summary>3-D arrows (cones) at points (x, y, z) pointing along (u, v, w): a gradient field in space.</summary>
public sealed class Cone : Trace
{
    /// <inheritdoc/>
    private protected override string TypeName => "cone";

    /// <summary>The arrows' x positions.</summary>
    [JsonPropertyName("x")]
    public double[] X { get; set; } = [];

    /// <summary>The arrows' y positions.</summary>
    [JsonPropertyName("y")]
    public double[] Y { get; set; } = [];

    /// <summary>The arrows' z positions.</summary>
    [JsonPropertyName("z")]
    public double[] Z { get; set; } = [];

    /// <summary>The arrows' x components.</summary>
    [JsonPropertyName("u")]
    public double[] U { get; set; } = [];

    /// <summary>The arrows' y components.</summary>
    [JsonPropertyName("v")]
    public double[] V { get; set; } = [];

    /// <summary>The arrows' z components.</summary>
    [JsonPropertyName("w")]
    public double[] W { get; set; } = [];

    /// <summary>"tip" or "tail": which end of the cone sits at the point.</summary>
    [JsonPropertyName("anchor")]
    public string? Anchor { get; set; }

    internal override void Validate(int index)
    {
        SameLength(index, "x", X, "y", Y);
        SameLength(index, "x", X, "z", Z);
        SameLength(index, "x", X, "u", U);
        SameLength(index, "x", X, "v", V);
        SameLength(index, "x", X, "w", W);
    }
}
