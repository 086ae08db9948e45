using System.Collections;
using Calculus.Display;

namespace Calculus.Sandpit;

/// <summary>The formatters of a <see cref="SandpitChart"/>: <c>text/html</c> (the playable chart) and <c>text/plain</c>.</summary>
public sealed class SandpitChartFormatterSource
{
    /// <summary>HTML.</summary>
    public const string HtmlMimeType = "text/html";

    /// <summary>The formatters: HTML, then plain text.</summary>
    public IEnumerable CreateTypeFormatters() => new object[]
    {
        new MimeFormatter(HtmlMimeType, value => value is SandpitChart chart ? chart.ToHtml() : null),
        new MimeFormatter(MathFormatterSource.PlainTextMimeType, value => value.ToString()),
    };
}
