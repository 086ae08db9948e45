namespace Calculus.Charts;

/// <summary>
/// The HTML of a figure: a &lt;div&gt; and a script that draws it with Plotly. If the page already has Plotly
/// (an exported course page, JupyterLab), it draws at once; otherwise it loads plotly.js once per page, through
/// require.js where the page uses it (classic Jupyter) or a plain script tag (VS Code's output webview), and
/// draws every figure waiting for it.
/// </summary>
internal static class FigureHtml
{
    /// <summary>Where plotly.js is loaded from when the page does not have it.</summary>
    public const string PlotlyCdn = "https://cdn.plot.ly/plotly-3.1.2.min.js";

    /// <summary>
    /// JavaScript, for inside a function, that calls the script's <c>draw(Plotly)</c> once plotly.js is there: at once when
    /// the page has it; otherwise after loading it once per page (through require.js where the page uses it), with every
    /// figure waiting for it drawn in turn.
    /// </summary>
    internal static readonly string PlotlyLoader = $$"""
          if (window.Plotly) { draw(window.Plotly); return; }
          var waiting = window.calculusPlotlyWaiting = window.calculusPlotlyWaiting || [];
          waiting.push(draw);
          if (waiting.length > 1) { return; }
          function ready(Plotly) {
            window.Plotly = window.Plotly || Plotly;
            var queue = window.calculusPlotlyWaiting; window.calculusPlotlyWaiting = [];
            queue.forEach(function (f) { f(window.Plotly); });
          }
          if (typeof window.requirejs === "function") {
            window.requirejs.config({ paths: { plotly: "{{PlotlyCdn[..^3]}}" } });
            window.requirejs(["plotly"], ready);
          } else {
            var script = document.createElement("script");
            script.src = "{{PlotlyCdn}}";
            script.onload = function () { ready(window.Plotly); };
            document.head.appendChild(script);
          }
        """;

    public static string Render(string figureJson)
    {
        var id = $"calculus-figure-{Guid.NewGuid():N}";

        // No '<' may appear inside the script: "</script>" would end it early and "<!--" would swallow it.
        var json = figureJson.Replace("<", "\\u003c", StringComparison.Ordinal);
        return $$"""
            <div id="{{id}}" class="calculus-figure" style="width:100%;min-height:420px;"></div>
            <script type="text/javascript">
            (function () {
              var figure = {{json}};
              function draw(Plotly) { Plotly.newPlot(document.getElementById("{{id}}"), figure); }
              {{PlotlyLoader}}
            })();
            </script>
            """;
    }
}
