using System.Text.Json.Nodes;
using Calculus.Charts;
using Runner.Export;

namespace Calculus.Benchmarks;

/// <summary>The size of one exported page showing three typical figures (plotly.js and KaTeX, shared by the site, not counted).</summary>
internal static class PageSize
{
    public static void Report()
    {
        Figure[] figures =
        [
            Chart.FunctionAndDerivative(Math.Sin, Math.Cos, 0, 2 * Math.PI, "sin and cos"),
            Chart.ContoursWithGradient((x, y) => (x * x) + (3 * y * y), (x, y) => (2 * x, 6 * y), (-2, 2), (-2, 2), "a bowl"),
            Chart.PathOverContours((x, y) => (x * x) + (3 * y * y), [(1.5, 1.5), (0.9, 0.3), (0.5, 0.05), (0.2, 0.0)], (-2, 2), (-2, 2), "descent", animate: true),
        ];
        var cells = new JsonArray(figures.Select((figure, i) => (JsonNode?)new JsonObject
        {
            ["cell_type"] = "code",
            ["id"] = $"figure-{i}",
            ["execution_count"] = i + 1,
            ["metadata"] = new JsonObject(),
            ["source"] = "a chart",
            ["outputs"] = new JsonArray(new JsonObject
            {
                ["output_type"] = "display_data",
                ["metadata"] = new JsonObject(),
                ["data"] = new JsonObject { [FigureFormatterSource.PlotlyMimeType] = JsonNode.Parse(figure.ToJson()) },
            }),
        }).ToArray());
        var notebook = new JsonObject { ["cells"] = cells, ["metadata"] = new JsonObject(), ["nbformat"] = 4, ["nbformat_minor"] = 5 };

        var site = Directory.CreateTempSubdirectory("page-size-");
        try
        {
            var pages = SiteExporter.Export([new SiteExporter.Page(notebook, "three-figures.ipynb")], site.FullName, SiteAssets.Cdn);
            var page = new FileInfo(pages[1]);
            Console.WriteLine($"One exported page with three figures: {page.Length:N0} bytes ({page.Length / 1024.0:F1} KiB), plotly.js and KaTeX not counted.");
        }
        finally
        {
            site.Delete(recursive: true);
        }
    }
}
