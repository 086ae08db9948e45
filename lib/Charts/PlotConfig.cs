using System.Text.Json.Serialization;

namespace Calculus.Charts;

/// <summary>How the chart behaves in the page (Plotly's <c>config</c>).</summary>
public sealed class PlotConfig
{
    /// <summary>Resize with its container.</summary>
    [JsonPropertyName("responsive")]
    public bool Responsive { get; set; } = true;

    /// <summary>Show the Plotly logo in the mode bar.</summary>
    [JsonPropertyName("displaylogo")]
    public bool DisplayLogo { get; set; }
}
