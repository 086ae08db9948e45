using System.Collections;
using Calculus.Display;

namespace Calculus.Charts;

/// <summary>
/// The formatters of a <see cref="Figure"/>: <c>application/vnd.plotly.v1+json</c> (the figure itself, which VS Code
/// and JupyterLab draw natively), <c>text/html</c> (which draws it anywhere scripts run), and <c>text/plain</c>. A
/// displayed figure carries the first two (the attribute's preferred mime types).
/// </summary>
public sealed class FigureFormatterSource
{
    /// <summary>Plotly's own mime type.</summary>
    public const string PlotlyMimeType = "application/vnd.plotly.v1+json";

    /// <summary>HTML.</summary>
    public const string HtmlMimeType = "text/html";

    /// <summary>The formatters: Plotly JSON, HTML and plain text.</summary>
    public IEnumerable CreateTypeFormatters() => new object[]
    {
        new MimeFormatter(PlotlyMimeType, value => value is Figure figure ? figure.ToJson() : null),
        new MimeFormatter(HtmlMimeType, value => value is Figure figure ? figure.ToHtml() : null),
        new MimeFormatter(MathFormatterSource.PlainTextMimeType, value => value.ToString()),
    };
}
