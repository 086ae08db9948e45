using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Calculus.Display;

namespace Calculus.Charts;

/// <summary>
/// A Plotly figure (<c>data</c>, <c>layout</c>, <c>config</c>, and <c>frames</c> for animations), serialised to the
/// Plotly.js JSON schema. This is the one place in the course that does by hand what Plotly.NET would do. Displayed in
/// a notebook it is an interactive chart: one output carrying <c>application/vnd.plotly.v1+json</c> and <c>text/html</c>.
/// </summary>
/// <remarks>
/// Why not Plotly.NET: the feed serves Plotly.NET 6.0.0, Plotly.NET.CSharp 0.14.0 and Plotly.NET.Interactive 6.0.0, which
/// need FSharp.Core 10.1.0.0, while the final dotnet-interactive kernel (1.0.712001) ships FSharp.Core 10.0.0.0. In that
/// kernel <c>#r "nuget: Plotly.NET.Interactive, 6.0.0"</c> loads, and the first chart then fails with
/// <c>FileNotFoundException: FSharp.Core, Version=10.1.0.0</c>. So the course keeps this thin model of the Plotly.js schema.
/// </remarks>
[TypeFormatterSource(typeof(FigureFormatterSource), PreferredMimeTypes = [FigureFormatterSource.PlotlyMimeType, FigureFormatterSource.HtmlMimeType])]
public sealed class Figure
{
    private static readonly JsonSerializerOptions s_json = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new FiniteOrNullConverter() },
    };

    /// <summary>The traces, drawn in order.</summary>
    [JsonPropertyName("data")]
    public List<Trace> Data { get; } = [];

    /// <summary>Title, axes, legend, arrows, animation controls.</summary>
    [JsonPropertyName("layout")]
    public Layout Layout { get; set; } = new();

    /// <summary>How the chart behaves in the page.</summary>
    [JsonPropertyName("config")]
    public PlotConfig Config { get; set; } = new();

    /// <summary>Animation frames; empty for a still chart.</summary>
    [JsonPropertyName("frames")]
    public List<Frame>? Frames { get; set; }

    /// <summary>Adds traces and returns the figure, so that calls chain.</summary>
    public Figure Add(params Trace[] traces)
    {
        Data.AddRange(traces);
        return this;
    }

    /// <summary>The figure as Plotly.js JSON; checks every trace first.</summary>
    /// <exception cref="ArgumentException">A trace's data do not fit together (lengths differ, a grid is ragged); the message names the trace.</exception>
    public string ToJson()
    {
        Validate();
        return JsonSerializer.Serialize(this, s_json);
    }

    /// <summary>A &lt;div&gt; and a script that draws the figure, loading plotly.js once per page if it is not there yet.</summary>
    /// <exception cref="ArgumentException">A trace's data do not fit together.</exception>
    public string ToHtml() => FigureHtml.Render(ToJson());

    /// <summary>"Figure: 2 traces (scatter, contour), 'title'".</summary>
    public override string ToString() =>
        $"Figure: {Data.Count} trace(s) ({string.Join(", ", Data.Select(t => t.Type))}){(Layout.Title is { } title ? $", '{title.Text}'" : "")}{(Frames is { Count: > 0 } ? $", {Frames.Count} frames" : "")}";

    /// <summary>Checks every trace, in the figure and in its frames.</summary>
    /// <exception cref="ArgumentException">A trace's data do not fit together; the message names the trace.</exception>
    public void Validate()
    {
        for (var i = 0; i < Data.Count; i++)
        {
            Data[i].Validate(i);
        }

        foreach (var frame in Frames ?? [])
        {
            for (var i = 0; i < frame.Data.Count; i++)
            {
                try
                {
                    frame.Data[i].Validate(i);
                }
                catch (ArgumentException e)
                {
                    throw new ArgumentException($"Frame '{frame.Name}': {e.Message}", e);
                }
            }
        }
    }
}
