using System.Collections;

namespace Calculus.Display;

/// <summary>
/// The formatters of every <see cref="ITypeset"/> value: <c>text/latex</c> holding <c>$$…$$</c> (VS Code renders it
/// with KaTeX; its HTML would win over LaTeX, so none is offered) and a readable <c>text/plain</c>.
/// </summary>
public sealed class MathFormatterSource
{
    /// <summary>The mime type the maths is written in.</summary>
    public const string LatexMimeType = "text/latex";

    /// <summary>The plain-text mime type.</summary>
    public const string PlainTextMimeType = "text/plain";

    /// <summary>The formatters, LaTeX first.</summary>
    public IEnumerable CreateTypeFormatters() => new object[]
    {
        new MimeFormatter(LatexMimeType, value => value is ITypeset typeset ? $"$${typeset.ToLatex()}$$" : null),
        new MimeFormatter(PlainTextMimeType, value => value.ToString()),
    };
}
