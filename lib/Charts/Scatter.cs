using System.Text.Json.Serialization;

namespace Calculus.Charts;

/// <summary>Points (x, y) drawn as lines, markers or text: the trace of a function's graph or an optimiser's path.</summary>
public sealed class Scatter : Trace
{
    /// <inheritdoc/>
    private protected override string TypeName => "scatter";

    /// <summary>The x coordinates (NaN leaves a gap).</summary>
    [JsonPropertyName("x")]
    public double[] X { get; set; } = [];

    /// <summary>The y coordinates, one per x (NaN leaves a gap).</summary>
    [JsonPropertyName("y")]
    public double[] Y { get; set; } = [];

    /// <summary>"lines", "markers", "lines+markers", "text", "markers+text".</summary>
    [JsonPropertyName("mode")]
    public string Mode { get; set; } = "lines";

    /// <summary>A label per point, shown with mode "text" or on hover.</summary>
    [JsonPropertyName("text")]
    public string[]? Text { get; set; }

    /// <summary>Where text sits relative to its point, e.g. "top center".</summary>
    [JsonPropertyName("textposition")]
    public string? TextPosition { get; set; }

    /// <summary>Text shown on hover for each point.</summary>
    [JsonPropertyName("hovertext")]
    public string[]? HoverText { get; set; }

    /// <summary>The line style.</summary>
    [JsonPropertyName("line")]
    public Line? Line { get; set; }

    /// <summary>The marker style.</summary>
    [JsonPropertyName("marker")]
    public Marker? Marker { get; set; }

    internal override void Validate(int index)
    {
        SameLength(index, "x", X, "y", Y);
        if (Text is not null && Text.Length != X.Length)
        {
            throw new ArgumentException($"{Type} {Describe(index)}: text has {Text.Length} labels but there are {X.Length} points.");
        }
    }
}
