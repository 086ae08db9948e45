namespace Calculus.Display;

/// <summary>Text shown as Markdown (with $…$ maths) in the notebook, and as itself in plain text: a drill's hint or worked solution.</summary>
/// <param name="Text">The Markdown.</param>
[TypeFormatterSource(typeof(MarkdownFormatterSource), PreferredMimeTypes = [MarkdownFormatterSource.MarkdownMimeType, MathFormatterSource.PlainTextMimeType])]
public sealed record Markdown(string Text)
{
    /// <summary>The Markdown itself.</summary>
    public override string ToString() => Text;
}
