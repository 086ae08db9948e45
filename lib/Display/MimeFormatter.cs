namespace Calculus.Display;

/// <summary>One formatter by the kernel's convention: a mime type and a <c>Format(object, TextWriter)</c> that writes the value in it.</summary>
public sealed class MimeFormatter
{
    private readonly Func<object, string?> _render;

    /// <summary>A formatter writing <paramref name="mimeType"/> with <paramref name="render"/> (null declines the value).</summary>
    public MimeFormatter(string mimeType, Func<object, string?> render)
    {
        MimeType = mimeType;
        _render = render;
    }

    /// <summary>The mime type written.</summary>
    public string MimeType { get; }

    /// <summary>Writes <paramref name="instance"/>; false when this formatter declines it.</summary>
    public bool Format(object instance, TextWriter writer)
    {
        var text = _render(instance);
        if (text is null)
        {
            return false;
        }

        writer.Write(text);
        return true;
    }
}
