using System.Collections;
using Calculus.Display;

namespace Calculus.Exercises;

/// <summary>The formatters of a <see cref="Drill"/>: its question as Markdown (maths in $…$) and as plain text.</summary>
public sealed class DrillFormatterSource
{
    /// <summary>Markdown: VS Code, Jupyter and the course site render it with its maths.</summary>
    public const string MarkdownMimeType = "text/markdown";

    /// <summary>Markdown and plain text.</summary>
    public IEnumerable CreateTypeFormatters() => new object[]
    {
        new MimeFormatter(MarkdownMimeType, value => (value as Drill)?.ToMarkdown()),
        new MimeFormatter(MathFormatterSource.PlainTextMimeType, value => value.ToString()),
    };
}
