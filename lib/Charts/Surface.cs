using System.Text.Json.Serialization;

namespace Calculus.Charts;

/// <summary>A surface z = f(x, y) over a grid: z[i][j] is the height at (x[j], y[i]).</summary>
public sealed class Surface : Trace
{
    /// <inheritdoc/>
    public override string Type => "surface";

    /// <summary>The grid's x values (columns).</summary>
    [JsonPropertyName("x")]
    public double[] X { get; set; } = [];

    /// <summary>The grid's y values (rows).</summary>
    [JsonPropertyName("y")]
    public double[] Y { get; set; } = [];

    /// <summary>Heights, one row per y, one column per x (NaN leaves a hole).</summary>
    [JsonPropertyName("z")]
    public double[][] Z { get; set; } = [];

    /// <summary>A Plotly colour scale name, e.g. "Viridis".</summary>
    [JsonPropertyName("colorscale")]
    public string? ColorScale { get; set; }

    /// <summary>0 (invisible) to 1 (opaque).</summary>
    [JsonPropertyName("opacity")]
    public double? Opacity { get; set; }

    /// <summary>Whether the colour bar is shown.</summary>
    [JsonPropertyName("showscale")]
    public bool? ShowScale { get; set; }

    internal override void Validate(int index) => Grid(index, X, Y, Z);
}
