using System.Collections;
using System.Reflection;

namespace Calculus.Tests.Display;

/// <summary>
/// Displays a value as the .NET Interactive kernel does with formatters found by convention, by reflection only: the
/// attribute named <c>TypeFormatterSourceAttribute</c> on the value's type, its <c>FormatterSourceType</c> and
/// <c>PreferredMimeTypes</c>, the source's <c>CreateTypeFormatters()</c>, and each formatter's <c>MimeType</c> and
/// <c>Format(object, TextWriter)</c>. The kernel emits exactly the preferred mime types; without them only
/// <c>text/html</c>, the default mime type VS Code and Jupyter set.
/// </summary>
internal static class KernelFormatterConvention
{
    /// <summary>The mime type the kernel emits for a type without preferred mime types.</summary>
    public const string DefaultMimeType = "text/html";

    /// <summary>The convention attribute on <paramref name="type"/> (inherited ones included), or null.</summary>
    public static object? FindAttribute(Type type) =>
        type.GetCustomAttributes(inherit: true).SingleOrDefault(a => a.GetType().Name == "TypeFormatterSourceAttribute");

    /// <summary>The attribute's <c>PreferredMimeTypes</c>, or null when it sets none.</summary>
    public static string[]? PreferredMimeTypes(Type type)
    {
        var attribute = FindAttribute(type) ?? throw new ArgumentException($"{type} has no TypeFormatterSourceAttribute.", nameof(type));
        return (string[]?)attribute.GetType().GetProperty("PreferredMimeTypes")?.GetValue(attribute);
    }

    /// <summary>The formatters the attribute's source creates, as (mime type, format) pairs, in order.</summary>
    public static IReadOnlyList<(string MimeType, Func<object, TextWriter, bool> Format)> Formatters(Type type)
    {
        var attribute = FindAttribute(type) ?? throw new ArgumentException($"{type} has no TypeFormatterSourceAttribute.", nameof(type));
        var sourceType = (Type)attribute.GetType().GetProperty("FormatterSourceType")!.GetValue(attribute)!;
        var source = Activator.CreateInstance(sourceType)!;
        var formatters = (IEnumerable)sourceType.GetMethod("CreateTypeFormatters")!.Invoke(source, null)!;

        var result = new List<(string, Func<object, TextWriter, bool>)>();
        foreach (var formatter in formatters)
        {
            var formatterType = formatter.GetType();
            var mimeType = (string)formatterType.GetProperty("MimeType")!.GetValue(formatter)!;
            MethodInfo format = formatterType.GetMethod("Format", [typeof(object), typeof(TextWriter)])!;
            result.Add((mimeType, (value, writer) => (bool)format.Invoke(formatter, [value, writer])!));
        }

        return result;
    }

    /// <summary>
    /// What a displayed <paramref name="value"/> carries: each emitted mime type with the text of the first formatter
    /// for it that accepts the value, or null when none does.
    /// </summary>
    public static IReadOnlyDictionary<string, string?> Display(object value)
    {
        var type = value.GetType();
        var formatters = Formatters(type);
        var output = new Dictionary<string, string?>();
        foreach (var mimeType in PreferredMimeTypes(type) ?? [DefaultMimeType])
        {
            output[mimeType] = null;
            foreach (var formatter in formatters.Where(f => f.MimeType == mimeType))
            {
                var writer = new StringWriter();
                if (formatter.Format(value, writer))
                {
                    output[mimeType] = writer.ToString();
                    break;
                }
            }
        }

        return output;
    }
}
