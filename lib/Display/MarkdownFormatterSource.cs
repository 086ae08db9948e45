using System.Collections;

namespace Calculus.Display;

/// <summary>The formatters of <see cref="Markdown"/>: <c>text/markdown</c> and <c>text/plain</c>.</summary>
public sealed class MarkdownFormatterSource
{
    /// <summary>The Markdown mime type.</summary>
    public const string MarkdownMimeType = "text/markdown";

    /// <summary>Markdown and plain text.</summary>
    public IEnumerable CreateTypeFormatters() => new object[]
    {
        new MimeFormatter(MarkdownMimeType, value => (value as Markdown)?.Text),
        new MimeFormatter(MathFormatterSource.PlainTextMimeType, value => value.ToString()),
    };
}
