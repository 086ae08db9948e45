using System.Reflection;

namespace Runner.Engine;

/// <summary>
/// One formatter found through the <c>TypeFormatterSourceAttribute</c> convention: an object with a
/// <c>string MimeType</c> property, a <c>bool Format(object, TextWriter)</c> method and optionally a
/// <c>Type Type</c> property saying which values it formats.
/// </summary>
internal sealed class ConventionFormatter
{
    private readonly object _formatter;
    private readonly MethodInfo _format;

    private ConventionFormatter(object formatter, MethodInfo format, string mimeType, Type? type)
    {
        _formatter = formatter;
        _format = format;
        MimeType = mimeType;
        Type = type;
    }

    /// <summary>The mime type this formatter writes, e.g. "text/html".</summary>
    public string MimeType { get; }

    /// <summary>The type of value it formats, when the formatter says; otherwise the attributed type.</summary>
    public Type? Type { get; }

    /// <summary>Reads a formatter object by the convention; null when it does not follow it.</summary>
    public static ConventionFormatter? TryCreate(object formatter)
    {
        var type = formatter.GetType();
        var mimeType = type.GetProperty("MimeType", BindingFlags.Public | BindingFlags.Instance)?.GetValue(formatter) as string;
        var format = type.GetMethod(
            "Format",
            BindingFlags.Public | BindingFlags.Instance,
            binder: null,
            types: [typeof(object), typeof(TextWriter)],
            modifiers: null);
        if (string.IsNullOrEmpty(mimeType) || format is null || format.ReturnType != typeof(bool))
        {
            return null;
        }

        var formattedType = type.GetProperty("Type", BindingFlags.Public | BindingFlags.Instance)?.GetValue(formatter) as Type;
        return new ConventionFormatter(formatter, format, mimeType, formattedType);
    }

    /// <summary>Formats <paramref name="value"/>; null when the formatter declines it (returns false).</summary>
    public string? Format(object value)
    {
        using var writer = new StringWriter();
        object? handled;
        try
        {
            handled = _format.Invoke(_formatter, [value, writer]);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            throw new FormatterException(
                $"The {MimeType} formatter {_formatter.GetType().FullName} threw while formatting a {value.GetType().Name}: {e.InnerException.Message}",
                e.InnerException);
        }

        return handled is true ? writer.ToString() : null;
    }
}
