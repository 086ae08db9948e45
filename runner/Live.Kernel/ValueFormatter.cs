using System.Collections;
using System.Globalization;
using System.Reflection;

namespace Calculus.Live.Kernel;

/// <summary>
/// Formats a value by the .NET Interactive kernel's convention: a type carrying an attribute named
/// <c>TypeFormatterSourceAttribute</c> names a source whose <c>CreateTypeFormatters()</c> gives formatters, each with a
/// <c>MimeType</c> and a <c>Format(object, TextWriter)</c>; its <c>PreferredMimeTypes</c> say which to show, and without
/// them the kernel's default, HTML, is shown. Any other value shows as plain text (sequences as <c>[ a, b, c ]</c>,
/// numbers in the invariant culture), where the kernel would wrap that text in HTML.
/// </summary>
public static class ValueFormatter
{
    /// <summary>The plain-text mime type.</summary>
    public const string PlainText = "text/plain";

    /// <summary>The kernel's default mime type.</summary>
    public const string Html = "text/html";

    /// <summary>The value in each mime type asked for, or in the type's preferred ones when none is asked for.</summary>
    public static IReadOnlyList<(string MimeType, string Text)> Format(object value, IReadOnlyList<string> mimeTypes)
    {
        var formatters = FormattersOf(value.GetType(), out var preferred);
        var wanted = mimeTypes.Count > 0 ? mimeTypes
            : preferred.Count > 0 ? preferred
            : formatters.ContainsKey(Html) ? [Html]
            : [PlainText];
        var result = new List<(string, string)>();
        foreach (var mimeType in wanted.Distinct())
        {
            if (formatters.TryGetValue(mimeType, out var formatter) && Write(formatter, value) is { } text)
            {
                result.Add((mimeType, text));
            }
            else if (mimeType == PlainText)
            {
                result.Add((PlainText, PlainTextOf(value)));
            }
        }

        return result.Count > 0 ? result : [(PlainText, PlainTextOf(value))];
    }

    /// <summary>The kernel's plain text of a value without formatters: strings as they are, sequences as <c>[ a, b ]</c>.</summary>
    public static string PlainTextOf(object? value) => value switch
    {
        null => "<null>",
        string text => text,
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable sequence => $"[ {string.Join(", ", sequence.Cast<object?>().Take(20).Select(PlainTextOf))}{(sequence.Cast<object?>().Skip(20).Any() ? " ..." : string.Empty)} ]",
        _ => value.ToString() ?? string.Empty,
    };

    private static Dictionary<string, object> FormattersOf(Type type, out IReadOnlyList<string> preferred)
    {
        preferred = [];
        var attribute = type.GetCustomAttributes(inherit: true)
            .FirstOrDefault(candidate => candidate.GetType().Name == "TypeFormatterSourceAttribute");
        if (attribute?.GetType().GetProperty("FormatterSourceType")?.GetValue(attribute) is not Type sourceType)
        {
            return [];
        }

        preferred = attribute.GetType().GetProperty("PreferredMimeTypes")?.GetValue(attribute) as string[] ?? [];
        var source = Activator.CreateInstance(sourceType, nonPublic: true);
        var created = sourceType.GetMethod("CreateTypeFormatters", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)?.Invoke(source, null);
        var formatters = new Dictionary<string, object>();
        foreach (var formatter in created as IEnumerable ?? Array.Empty<object>())
        {
            if (formatter?.GetType().GetProperty("MimeType")?.GetValue(formatter) is string mimeType)
            {
                formatters.TryAdd(mimeType, formatter);
            }
        }

        return formatters;
    }

    private static string? Write(object formatter, object value)
    {
        var format = formatter.GetType().GetMethod("Format", [typeof(object), typeof(TextWriter)]);
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        return format?.Invoke(formatter, [value, writer]) is true ? writer.ToString() : null;
    }
}
