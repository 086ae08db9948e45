using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Calculus.Charts;
using Calculus.Display;

namespace Calculus.Sandpit;

/// <summary>
/// A sandpit to play by clicking, with no server: an HTML output holding a Plotly chart of the empty pit and a short
/// script. Each click dips there: the script reads the depth (and the downhill arrow) from the surface carried in the
/// page, sampled on a 121×121 grid and interpolated bilinearly, counts the dips, says "found!" or "game over", and then
/// reveals the surface as contours. It is a game, not a secret: the surface is in the page for anyone who looks.
/// </summary>
/// <remarks>Each chart is a new game on its pit's surface; dips made from C# do not count here, nor clicks there.</remarks>
[TypeFormatterSource(typeof(SandpitChartFormatterSource), PreferredMimeTypes = [SandpitChartFormatterSource.HtmlMimeType, MathFormatterSource.PlainTextMimeType])]
public sealed class SandpitChart
{
    /// <summary>How many samples of z per side the page carries: every 5 cm.</summary>
    public const int GridPoints = 121;

    private readonly Sandpit _pit;

    internal SandpitChart(Sandpit pit)
    {
        _pit = pit;
    }

    /// <summary>Which pit it is.</summary>
    public SandpitKind Kind => _pit.Kind;

    /// <summary>The seed it was made from.</summary>
    public int Seed => _pit.Seed;

    /// <summary>Whether each click also draws the downhill arrow −∇z/‖∇z‖.</summary>
    public bool GradientMode => _pit.GradientMode;

    /// <summary>
    /// The game's data as JSON: the title, the side, the depth grid z[i][j] = z(x[j], y[i]) (in metres, to 0.1 mm), the
    /// phone, the radii, the other local minima, the dip limit and the mode.
    /// </summary>
    public string ToJson()
    {
        var data = new
        {
            title = $"{Sandpit.Describe(Kind)} sandpit (seed {Seed}): click to dip",
            size = Sandpit.Size,
            z = _pit.Terrain.Grid(Sandpit.Size, GridPoints).Select(row => row.Select(z => Math.Round(z, 4)).ToArray()).ToArray(),
            phone = new[] { _pit.Phone.X, _pit.Phone.Y },
            radius = Sandpit.FoundRadius,
            stuckRadius = Sandpit.StuckRadius,
            minima = _pit.LocalMinima.Skip(1).Select(m => new[] { m.X, m.Y }).ToArray(),
            maxDips = Sandpit.DipLimit,
            gradient = GradientMode,
        };
        return JsonSerializer.Serialize(data, new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    /// <summary>The chart and its script; plotly.js is loaded once per page when the page does not have it (as figures do).</summary>
    public string ToHtml()
    {
        var id = $"calculus-sandpit-{Guid.NewGuid():N}";

        // No '<' may appear inside the script: "</script>" would end it early and "<!--" would swallow it.
        var json = ToJson().Replace("<", "\\u003c", StringComparison.Ordinal);
        return $$"""
            <div class="calculus-sandpit" style="font-family:system-ui,sans-serif;max-width:640px;">
            <div id="{{id}}-status" style="margin:.3em 0;min-height:2.6em;">Click anywhere in the pit to dip. {{Sandpit.DipLimit}} dips left.</div>
            <div id="{{id}}" style="width:100%;height:600px;"></div>
            </div>
            <script type="text/javascript">
            (function () {
              var game = {{json}};
              var div = document.getElementById("{{id}}"), status = document.getElementById("{{id}}-status");
              var n = game.z.length, step = game.size / (n - 1), axis = [], zeros = [], arrows = [], dips = 0, over = false;
              for (var i = 0; i < n; i++) { axis.push(i * step); zeros.push(new Array(n).fill(0)); }
              // z between grid points: bilinear interpolation of the four samples around (x, y).
              function depth(x, y) {
                var j = Math.min(Math.floor(x / step), n - 2), i = Math.min(Math.floor(y / step), n - 2);
                var s = x / step - j, t = y / step - i, z = game.z;
                return (1 - t) * ((1 - s) * z[i][j] + s * z[i][j + 1]) + t * ((1 - s) * z[i + 1][j] + s * z[i + 1][j + 1]);
              }
              // The gradient by central differences one grid step wide (one-sided at the edges).
              function gradient(x, y) {
                var x0 = Math.max(x - step, 0), x1 = Math.min(x + step, game.size), y0 = Math.max(y - step, 0), y1 = Math.min(y + step, game.size);
                return [(depth(x1, y) - depth(x0, y)) / (x1 - x0), (depth(x, y1) - depth(x, y0)) / (y1 - y0)];
              }
              function distance(p, q) { return Math.hypot(p[0] - q[0], p[1] - q[1]); }
              function show(value, digits) { return String(+value.toFixed(digits)).replace("-", "\u2212"); }
              function dip(Plotly, x, y) {
                if (over) { return; }
                dips += 1;
                var z = depth(x, y), found = distance([x, y], game.phone) <= game.radius, left = found ? 0 : game.maxDips - dips;
                var text = "Dip " + dips + " at (" + show(x, 2) + ", " + show(y, 2) + "): depth " + show(z, 3) + " m";
                if (game.gradient) {
                  var g = gradient(x, y), slope = Math.hypot(g[0], g[1]), down = slope > 0 ? [-g[0] / slope, -g[1] / slope] : [0, 0];
                  text += ", downhill (" + show(down[0], 2) + ", " + show(down[1], 2) + "), slope " + show(slope, 3);
                  arrows.push({ ax: x, ay: y, x: x + 0.6 * down[0], y: y + 0.6 * down[1], axref: "x", ayref: "y", xref: "x", yref: "y",
                                text: "", showarrow: true, arrowhead: 2, arrowwidth: 2, arrowcolor: "saddlebrown" });
                  Plotly.relayout(div, { annotations: arrows });
                }
                Plotly.extendTraces(div, { x: [[x]], y: [[y]], text: [[show(z, 2)]] }, [1]);
                if (found) {
                  text += " · found the phone in " + dips + " dips!";
                } else {
                  if (game.minima.some(function (m) { return distance([x, y], m) <= game.stuckRadius; })) {
                    text += " · stuck? This is the bottom of a hollow (a local minimum), but the phone is not here";
                  }
                  text += left === 0 ? " · game over: no dips left" : " · " + left + (left === 1 ? " dip left" : " dips left");
                }
                status.textContent = text;
                if (left === 0) { over = true; reveal(Plotly); }
              }
              // The end of the game: the surface as contours under the dips, and the phone as a star.
              function reveal(Plotly) {
                Plotly.addTraces(div, { type: "contour", x: axis, y: axis, z: game.z, colorscale: "Viridis", opacity: 0.8, ncontours: 25, showscale: false, hoverinfo: "skip" }, 0);
                Plotly.addTraces(div, { type: "scatter", mode: "markers", x: [game.phone[0]], y: [game.phone[1]], hoverinfo: "skip",
                                        marker: { symbol: "star", size: 18, color: "gold", line: { color: "black", width: 1 } } });
              }
              // The empty pit: an invisible heatmap over it to click on (a click reports the nearest grid point), and the dips.
              function draw(Plotly) {
                var axisStyle = { range: [0, game.size], constrain: "domain", showgrid: false, zeroline: false };
                Plotly.newPlot(div, [
                  { type: "heatmap", x: axis, y: axis, z: zeros, opacity: 0, showscale: false, hoverinfo: "none" },
                  { type: "scatter", mode: "markers+text", x: [], y: [], text: [], textposition: "top center", hoverinfo: "skip",
                    marker: { size: 9, color: "saddlebrown" }, cliponaxis: false }
                ], {
                  title: { text: game.title }, showlegend: false, hovermode: "closest", plot_bgcolor: "#f4ead5", dragmode: false,
                  xaxis: Object.assign({ title: { text: "x (m)" } }, axisStyle),
                  yaxis: Object.assign({ title: { text: "y (m)" }, scaleanchor: "x", scaleratio: 1 }, axisStyle)
                }, { responsive: true, displaylogo: false, displayModeBar: false });
                div.on("plotly_click", function (event) { dip(Plotly, event.points[0].x, event.points[0].y); });
              }
              {{FigureHtml.PlotlyLoader}}
            })();
            </script>
            """;
    }

    /// <summary>"Interactive simple sandpit (seed 5, gradient mode): click in the chart to dip; 15 dips."</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"Interactive {Sandpit.Describe(Kind).ToLowerInvariant()} sandpit (seed {Seed}{(GradientMode ? ", gradient mode" : "")}): click in the chart to dip; {Sandpit.DipLimit} dips.");
}
