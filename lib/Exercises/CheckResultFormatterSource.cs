using System.Collections;
using Calculus.Display;

namespace Calculus.Exercises;

/// <summary>The formatters of a <see cref="CheckResult"/>: the HTML block, plain text, and the JSON a runner reads.</summary>
public sealed class CheckResultFormatterSource
{
    /// <summary>HTML, the green or red block.</summary>
    public const string HtmlMimeType = "text/html";

    /// <summary>HTML, plain text and the check's JSON.</summary>
    public IEnumerable CreateTypeFormatters() => new object[]
    {
        new MimeFormatter(HtmlMimeType, value => (value as CheckResult)?.ToHtml()),
        new MimeFormatter(MathFormatterSource.PlainTextMimeType, value => value.ToString()),
        new MimeFormatter(CheckResult.MimeType, value => (value as CheckResult)?.ToJson()),
    };
}
