using System.Text.Json.Serialization;

namespace Calculus.Charts;

/// <summary>A trace of z = f(x, y) over a grid (surface, contours, heatmap): z[i][j] is the value at (x[j], y[i]).</summary>
public abstract class GridTrace : Trace
{
    /// <summary>The grid's x values (columns).</summary>
    [JsonPropertyName("x")]
    public double[] X { get; set; } = [];

    /// <summary>The grid's y values (rows).</summary>
    [JsonPropertyName("y")]
    public double[] Y { get; set; } = [];

    /// <summary>Values, one row per y, one column per x (NaN leaves a hole).</summary>
    [JsonPropertyName("z")]
    public double[][] Z { get; set; } = [];

    /// <summary>A Plotly colour scale name, e.g. "Viridis".</summary>
    [JsonPropertyName("colorscale")]
    public string? ColorScale { get; set; }

    /// <summary>Whether the colour bar is shown.</summary>
    [JsonPropertyName("showscale")]
    public bool? ShowScale { get; set; }

    internal override void Validate(int index) => Grid(index, X, Y, Z);
}
