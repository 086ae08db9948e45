using System.Text.Json.Nodes;
using Calculus.Charts;
using Calculus.Display;

namespace Calculus.Tests.Charts;

public sealed class FigureTests
{
    [Fact]
    public void ToJson_Scatter_FollowsThePlotlySchema()
    {
        var figure = new Figure { Layout = new Layout { Title = "Parabola", XAxis = new Axis { Title = "x", Range = [-1, 1] } } }
            .Add(new Scatter { Name = "x²", X = [-1, 0, 1], Y = [1, 0, 1], Mode = "lines+markers" });

        var json = JsonNode.Parse(figure.ToJson())!;

        Assert.Equal("scatter", (string?)json["data"]![0]!["type"]);
        Assert.Equal("lines+markers", (string?)json["data"]![0]!["mode"]);
        Assert.Equal([-1.0, 0.0, 1.0], json["data"]![0]!["x"]!.AsArray().Select(v => (double)v!));
        Assert.Equal("Parabola", (string?)json["layout"]!["title"]!["text"]);
        Assert.Equal("x", (string?)json["layout"]!["xaxis"]!["title"]!["text"]);
        Assert.True((bool)json["config"]!["responsive"]!);
        Assert.Null(json["layout"]!["yaxis"]);
        Assert.Null(json["frames"]);
        Assert.Single(json["data"]![0]!.AsObject(), property => property.Key.Equals("type", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void ToJson_TwoSubplotsWithHoverTextAndEqualAspect_UseTheirOwnAxes()
    {
        var figure = new Figure
        {
            Layout = new Layout
            {
                Grid = new SubplotGrid { Rows = 1, Columns = 2 },
                XAxis2 = new Axis { Title = "θ" },
                YAxis2 = new Axis { ScaleAnchor = "x2", ScaleRatio = 1 },
                ShowLegend = false,
            },
        }.Add(
            new Scatter { X = [0, 1], Y = [0, 1], HoverText = ["start", "end"] },
            new Contour { X = [0, 1], Y = [0, 1], Z = [[0, 1], [1, 2]], XAxis = "x2", YAxis = "y2" });

        var json = JsonNode.Parse(figure.ToJson())!;

        Assert.Equal(2, (int)json["layout"]!["grid"]!["columns"]!);
        Assert.Equal("independent", (string?)json["layout"]!["grid"]!["pattern"]);
        Assert.Equal("x2", (string?)json["data"]![1]!["xaxis"]);
        Assert.Equal("x2", (string?)json["layout"]!["yaxis2"]!["scaleanchor"]);
        Assert.Equal("end", (string?)json["data"]![0]!["hovertext"]![1]);
        Assert.False((bool)json["layout"]!["showlegend"]!);
    }

    [Fact]
    public void ToJson_NaNAndInfinity_BecomeNullGaps()
    {
        var figure = new Figure().Add(
            new Scatter { X = [0, 1, 2], Y = [1, double.NaN, double.PositiveInfinity] },
            new Surface { X = [0, 1], Y = [0], Z = [[double.NaN, 2]] });

        var json = JsonNode.Parse(figure.ToJson())!;

        Assert.Null(json["data"]![0]!["y"]![1]);
        Assert.Null(json["data"]![0]!["y"]![2]);
        Assert.Null(json["data"]![1]!["z"]![0]![0]);
        Assert.Equal(2.0, (double)json["data"]![1]!["z"]![0]![1]!);
    }

    [Fact]
    public void ToJson_Numbers_AreWrittenToSevenSignificantDigits()
    {
        var figure = new Figure().Add(new Scatter { X = [0.1 + 0.2, 1.0 / 3], Y = [1e-12, 123456789] });

        var json = figure.ToJson();

        Assert.Contains("\"x\":[0.3,0.3333333]", json);
        Assert.Contains("\"y\":[1E-12,1.234568E+08]", json);
        Assert.Equal(123456800.0, (double)JsonNode.Parse(json)!["data"]![0]!["y"]![1]!);
    }

    [Fact]
    public void ToJson_MismatchedLengths_FailsNamingTheTrace()
    {
        var figure = new Figure().Add(new Scatter { X = [0, 1] , Y = [0, 1] }, new Scatter { Name = "path", X = [0, 1, 2], Y = [0, 1] });

        var error = Assert.Throws<ArgumentException>(figure.ToJson);

        Assert.Equal("scatter trace 1 ('path'): x has 3 values but y has 2; they must have the same length.", error.Message);
    }

    [Fact]
    public void ToJson_RaggedSurface_FailsNamingTheTraceAndTheRow()
    {
        var figure = new Figure().Add(new Surface { Name = "bowl", X = [0, 1, 2], Y = [0, 1], Z = [[0, 1, 2], [0, 1]] });

        var error = Assert.Throws<ArgumentException>(figure.ToJson);

        Assert.Contains("surface trace 0 ('bowl'): z row 1 has 2 values but x has 3", error.Message);
    }

    [Fact]
    public void ToJson_BadTraceInAFrame_FailsNamingTheFrame()
    {
        var figure = new Figure { Frames = [new Frame { Name = "step 3", Data = [new Scatter { X = [1], Y = [] }] }] };

        var error = Assert.Throws<ArgumentException>(figure.ToJson);

        Assert.StartsWith("Frame 'step 3': scatter trace 0", error.Message);
    }

    [Fact]
    public void ToHtml_LoadsPlotlyOnceAndEscapesClosingScriptTags()
    {
        var html = new Figure().Add(new Scatter { Name = "</script><b><!--<script>", X = [0], Y = [0] }).ToHtml();

        Assert.Contains("<div id=\"calculus-figure-", html);
        Assert.Contains("window.requirejs", html);
        Assert.Contains("calculusPlotlyWaiting", html);
        Assert.DoesNotContain("</script><b>", html);
        Assert.DoesNotContain("<!--", html);
        Assert.Contains("\\u003c/script>\\u003cb>", html);
        Assert.Equal(1, html.Split("</script>").Length - 1);
    }

    [Fact]
    public void FormatterSource_Figure_GivesPlotlyJsonHtmlAndPlainText()
    {
        var figure = new Figure { Layout = new Layout { Title = "t" } }.Add(new Scatter { X = [0], Y = [0] });
        var formatters = new FigureFormatterSource().CreateTypeFormatters().Cast<MimeFormatter>().ToList();

        var written = formatters.ToDictionary(f => f.MimeType, f => { var w = new StringWriter(); Assert.True(f.Format(figure, w)); return w.ToString(); });

        Assert.Equal(["application/vnd.plotly.v1+json", "text/html", "text/plain"], written.Keys);
        Assert.Equal("scatter", (string?)JsonNode.Parse(written["application/vnd.plotly.v1+json"])!["data"]![0]!["type"]);
        Assert.Equal("Figure: 1 trace(s) (scatter), 't'", written["text/plain"]);
    }
}
