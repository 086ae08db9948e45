using System.Collections;
using Calculus.Display;

namespace Calculus.Exercises;

/// <summary>The formatters of a <see cref="Progress"/>: an HTML panel and plain text.</summary>
public sealed class ProgressFormatterSource
{
    /// <summary>HTML, the panel.</summary>
    public const string HtmlMimeType = "text/html";

    /// <summary>HTML and plain text.</summary>
    public IEnumerable CreateTypeFormatters() => new object[]
    {
        new MimeFormatter(HtmlMimeType, value => (value as Progress)?.ToHtml()),
        new MimeFormatter(MathFormatterSource.PlainTextMimeType, value => value.ToString()),
    };
}
