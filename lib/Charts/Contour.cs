using System.Text.Json.Serialization;

namespace Calculus.Charts;

/// <summary>Contour lines of z = f(x, y) over a grid: the map view of a surface, level by level.</summary>
public sealed class Contour : GridTrace
{
    /// <inheritdoc/>
    private protected override string TypeName => "contour";

    /// <summary>About how many contour levels to draw.</summary>
    [JsonPropertyName("ncontours")]
    public int? ContourCount { get; set; }
}
