using System.Text.Json.Nodes;
using Calculus.Display;

namespace Calculus.Tests.Sandpit;

using Calculus.Sandpit;

public sealed class SandpitChartTests
{
    [Fact]
    public void ToJson_Pit_EmbedsTheDepthGridThePhoneAndTheRules()
    {
        var pit = Sandpit.ManyMinima(seed: 1, gradient: true);

        var game = JsonNode.Parse(pit.ToChart().ToJson())!;

        var z = game["z"]!.AsArray();
        Assert.Equal(SandpitChart.GridPoints, z.Count);
        Assert.All(z, row => Assert.Equal(SandpitChart.GridPoints, row!.AsArray().Count));

        // z[i][j] = z(x[j], y[i]) with x[j] = y[j] = j·6/120 = j/20, to 0.1 mm.
        Assert.Equal(pit.Terrain.Depth(30 / 20.0, 100 / 20.0), (double)z[100]![30]!, 4);
        Assert.Equal(pit.Phone.X, (double)game["phone"]![0]!);
        Assert.Equal(pit.Phone.Y, (double)game["phone"]![1]!);
        Assert.Equal(pit.LocalMinima.Count - 1, game["minima"]!.AsArray().Count);
        Assert.Equal(Sandpit.DipLimit, (int)game["maxDips"]!);
        Assert.Equal(Sandpit.FoundRadius, (double)game["radius"]!);
        Assert.True((bool)game["gradient"]!);
    }

    [Fact]
    public void ToHtml_Pit_HasTheChartTheClickHookAndTheSameLoaderAsFigures()
    {
        var html = Sandpit.Simple(seed: 1).ToChart().ToHtml();

        Assert.Contains("<div id=\"calculus-sandpit-", html);
        Assert.Contains("var game = {\"title\":", html);
        Assert.Contains("\"z\":[[", html);
        Assert.Contains("div.on(\"plotly_click\"", html);
        Assert.Contains("type: \"heatmap\"", html);
        Assert.Contains("scaleanchor: \"x\"", html);
        Assert.Contains("Plotly.newPlot(div", html);
        Assert.Contains("Plotly.addTraces(div, { type: \"contour\"", html);
        Assert.Contains("game over", html);
        Assert.Contains("found the phone", html);
        Assert.Contains("if (window.Plotly) { draw(window.Plotly); return; }", html);
        Assert.Contains("calculusPlotlyWaiting", html);
        Assert.Contains("window.requirejs", html);
        Assert.Equal(1, html.Split("</script>").Length - 1);
        Assert.DoesNotContain("<!--", html);
    }

    [Fact]
    public void ToHtml_EmbeddedJson_HasNoLessThanSign()
    {
        var html = Sandpit.Rough(seed: 2).ToChart().ToHtml();

        var start = html.IndexOf("var game = ", StringComparison.Ordinal);
        var json = html[start..html.IndexOf(";\n", start, StringComparison.Ordinal)];

        Assert.DoesNotContain('<', json);
    }

    [Fact]
    public void FormatterSource_Chart_GivesHtmlAndPlainText()
    {
        var chart = Sandpit.Simple(seed: 5, gradient: true).ToChart();
        var formatters = new SandpitChartFormatterSource().CreateTypeFormatters().Cast<MimeFormatter>().ToList();

        var written = formatters.ToDictionary(f => f.MimeType, f => { var w = new StringWriter(); Assert.True(f.Format(chart, w)); return w.ToString(); });

        Assert.Equal(["text/html", "text/plain"], written.Keys);
        Assert.Contains("plotly_click", written["text/html"]);
        Assert.Equal("Interactive simple sandpit (seed 5, gradient mode): click in the chart to dip; 15 dips.", written["text/plain"]);
    }

    [Fact]
    public void TypeFormatterSource_DipResultAndChart_AreFoundByTheConvention()
    {
        var chart = typeof(SandpitChart).GetCustomAttributes(inherit: true).Single(a => a.GetType().Name == "TypeFormatterSourceAttribute");
        var dip = typeof(DipResult).GetCustomAttributes(inherit: true).Single(a => a.GetType().Name == "TypeFormatterSourceAttribute");

        Assert.Equal(typeof(SandpitChartFormatterSource), chart.GetType().GetProperty("FormatterSourceType")!.GetValue(chart));
        Assert.Equal(typeof(MathFormatterSource), dip.GetType().GetProperty("FormatterSourceType")!.GetValue(dip));
    }
}
