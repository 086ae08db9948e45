namespace Calculus.Display;

/// <summary>
/// A piece of typeset maths, written in LaTeX without delimiters, that a notebook displays as maths:
/// <c>new Latex(@"\nabla f = \begin{pmatrix} 2x \\ 2y \end{pmatrix}")</c>.
/// </summary>
[TypeFormatterSource(typeof(MathFormatterSource), PreferredMimeTypes = [MathFormatterSource.LatexMimeType, MathFormatterSource.PlainTextMimeType])]
public sealed class Latex : ITypeset
{
    /// <summary>Wraps LaTeX source, given without <c>$</c> delimiters.</summary>
    /// <param name="source">The LaTeX.</param>
    /// <param name="plainText">What plain-text output shows; the LaTeX source when omitted.</param>
    public Latex(string source, string? plainText = null)
    {
        Source = source;
        PlainText = plainText ?? source;
    }

    /// <summary>The LaTeX source.</summary>
    public string Source { get; }

    /// <summary>The readable plain-text form.</summary>
    public string PlainText { get; }

    /// <inheritdoc/>
    public string ToLatex() => Source;

    /// <summary>The plain-text form.</summary>
    public override string ToString() => PlainText;
}
