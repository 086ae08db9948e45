using System.Text.Json.Serialization;

namespace Calculus.Charts;

/// <summary>A surface z = f(x, y) over a grid, drawn in 3-D.</summary>
public sealed class Surface : GridTrace
{
    /// <inheritdoc/>
    private protected override string TypeName => "surface";

    /// <summary>0 (invisible) to 1 (opaque).</summary>
    [JsonPropertyName("opacity")]
    public double? Opacity { get; set; }
}
