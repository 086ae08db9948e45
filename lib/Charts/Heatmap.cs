using System.Text.Json.Serialization;

namespace Calculus.Charts;

/// <summary>z = f(x, y) over a grid as colours.</summary>
public sealed class Heatmap : Trace
{
    /// <inheritdoc/>
    public override string Type => "heatmap";

    /// <summary>The grid's x values (columns).</summary>
    [JsonPropertyName("x")]
    public double[] X { get; set; } = [];

    /// <summary>The grid's y values (rows).</summary>
    [JsonPropertyName("y")]
    public double[] Y { get; set; } = [];

    /// <summary>Values, one row per y, one column per x.</summary>
    [JsonPropertyName("z")]
    public double[][] Z { get; set; } = [];

    /// <summary>A Plotly colour scale name.</summary>
    [JsonPropertyName("colorscale")]
    public string? ColorScale { get; set; }

    internal override void Validate(int index) => Grid(index, X, Y, Z);
}
