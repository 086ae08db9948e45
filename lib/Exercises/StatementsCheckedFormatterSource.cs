using System.Collections;
using Calculus.Display;

namespace Calculus.Exercises;

/// <summary>The formatter of <see cref="StatementsChecked"/>: its line as plain text.</summary>
public sealed class StatementsCheckedFormatterSource
{
    /// <summary>Plain text only: the line is meant to be easy to overlook.</summary>
    public IEnumerable CreateTypeFormatters() => new object[]
    {
        new MimeFormatter(MathFormatterSource.PlainTextMimeType, value => value.ToString()),
    };
}
