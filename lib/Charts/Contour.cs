using System.Text.Json.Serialization;

namespace Calculus.Charts;

/// <summary>Contour lines of z = f(x, y) over a grid: the map view of a surface, level by level.</summary>
public sealed class Contour : Trace
{
    /// <inheritdoc/>
    public override string Type => "contour";

    /// <summary>The grid's x values (columns).</summary>
    [JsonPropertyName("x")]
    public double[] X { get; set; } = [];

    /// <summary>The grid's y values (rows).</summary>
    [JsonPropertyName("y")]
    public double[] Y { get; set; } = [];

    /// <summary>Heights, one row per y, one column per x.</summary>
    [JsonPropertyName("z")]
    public double[][] Z { get; set; } = [];

    /// <summary>A Plotly colour scale name.</summary>
    [JsonPropertyName("colorscale")]
    public string? ColorScale { get; set; }

    /// <summary>About how many contour levels to draw.</summary>
    [JsonPropertyName("ncontours")]
    public int? ContourCount { get; set; }

    /// <summary>Whether the colour bar is shown.</summary>
    [JsonPropertyName("showscale")]
    public bool? ShowScale { get; set; }

    internal override void Validate(int index) => Grid(index, X, Y, Z);
}
