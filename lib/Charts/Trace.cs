using System.Text.Json.Serialization;

namespace Calculus.Charts;

/// <summary>One trace of a Plotly figure: a set of data drawn one way (a line, a surface, contours...).</summary>
[JsonPolymorphic]
[JsonDerivedType(typeof(Scatter))]
[JsonDerivedType(typeof(Scatter3D))]
[JsonDerivedType(typeof(Surface))]
[JsonDerivedType(typeof(Contour))]
[JsonDerivedType(typeof(Heatmap))]
[JsonDerivedType(typeof(Cone))]
public abstract class Trace
{
    /// <summary>Plotly's trace type, e.g. "scatter".</summary>
    [JsonPropertyName("type")]
    public string Type => TypeName;

    /// <summary>The trace type each kind of trace declares (serialised once, as <see cref="Type"/>).</summary>
    private protected abstract string TypeName { get; }

    /// <summary>The name shown in the legend and on hover.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>Whether the trace appears in the legend.</summary>
    [JsonPropertyName("showlegend")]
    public bool? ShowLegend { get; set; }

    /// <summary>The 2-D x axis it is drawn on ("x", "x2", ... for subplots).</summary>
    [JsonPropertyName("xaxis")]
    public string? XAxis { get; set; }

    /// <summary>The 2-D y axis it is drawn on ("y", "y2", ...).</summary>
    [JsonPropertyName("yaxis")]
    public string? YAxis { get; set; }

    /// <summary>Throws when the trace's data do not fit together; <paramref name="index"/> names it in the message.</summary>
    internal abstract void Validate(int index);

    /// <summary>"trace 2 ('gradient descent')": how messages name a trace.</summary>
    private protected string Describe(int index) => Name is null ? $"trace {index}" : $"trace {index} ('{Name}')";

    /// <summary>Throws unless two coordinate arrays have the same length.</summary>
    private protected void SameLength(int index, string firstName, IReadOnlyCollection<double> first, string secondName, IReadOnlyCollection<double> second)
    {
        if (first.Count != second.Count)
        {
            throw new ArgumentException($"{Type} {Describe(index)}: {firstName} has {first.Count} values but {secondName} has {second.Count}; they must have the same length.");
        }
    }

    /// <summary>Throws unless z is a rectangular grid with one row per y and one column per x.</summary>
    private protected void Grid(int index, double[] x, double[] y, double[][] z)
    {
        if (z.Length != y.Length)
        {
            throw new ArgumentException($"{Type} {Describe(index)}: z has {z.Length} rows but y has {y.Length} values; z needs one row per y.");
        }

        for (var row = 0; row < z.Length; row++)
        {
            if (z[row].Length != x.Length)
            {
                throw new ArgumentException($"{Type} {Describe(index)}: z row {row} has {z[row].Length} values but x has {x.Length}; the grid must be rectangular, one column per x.");
            }
        }
    }
}
