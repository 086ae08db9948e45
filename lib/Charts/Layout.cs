using System.Text.Json.Serialization;

namespace Calculus.Charts;

/// <summary>Everything about a figure that is not data: title, axes, legend, subplots, arrows, animation controls.</summary>
public sealed class Layout
{
    /// <summary>The chart's title.</summary>
    [JsonPropertyName("title")]
    public Title? Title { get; set; }

    /// <summary>The (first) x axis.</summary>
    [JsonPropertyName("xaxis")]
    public Axis? XAxis { get; set; }

    /// <summary>The (first) y axis.</summary>
    [JsonPropertyName("yaxis")]
    public Axis? YAxis { get; set; }

    /// <summary>The second subplot's x axis.</summary>
    [JsonPropertyName("xaxis2")]
    public Axis? XAxis2 { get; set; }

    /// <summary>The second subplot's y axis.</summary>
    [JsonPropertyName("yaxis2")]
    public Axis? YAxis2 { get; set; }

    /// <summary>The 3-D scene.</summary>
    [JsonPropertyName("scene")]
    public Scene? Scene { get; set; }

    /// <summary>Subplots on a grid.</summary>
    [JsonPropertyName("grid")]
    public SubplotGrid? Grid { get; set; }

    /// <summary>Whether the legend is shown.</summary>
    [JsonPropertyName("showlegend")]
    public bool? ShowLegend { get; set; }

    /// <summary>Arrows and labels in data coordinates.</summary>
    [JsonPropertyName("annotations")]
    public List<Annotation>? Annotations { get; set; }

    /// <summary>Animation sliders.</summary>
    [JsonPropertyName("sliders")]
    public List<Slider>? Sliders { get; set; }

    /// <summary>Animation buttons.</summary>
    [JsonPropertyName("updatemenus")]
    public List<UpdateMenu>? UpdateMenus { get; set; }

    /// <summary>Height in pixels.</summary>
    [JsonPropertyName("height")]
    public int? Height { get; set; }

    /// <summary>Width in pixels; unset fills the output's width.</summary>
    [JsonPropertyName("width")]
    public int? Width { get; set; }
}
