using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Encodings.Web;

namespace Runner.Engine;

/// <summary>
/// Turns a displayed value into its mime types, the way the .NET Interactive kernel finds formatters
/// without a package reference: an attribute named exactly <c>TypeFormatterSourceAttribute</c> on the
/// value's type (or a base type) names a formatter source whose
/// <c>CreateTypeFormatters()</c> returns the formatters. Every formatter that accepts the value adds
/// its mime type to the one output. Values with no formatter are shown as <c>text/plain</c>
/// (<c>ToString()</c>), and values implementing an interface named <c>IHtmlContent</c> as <c>text/html</c>.
/// </summary>
internal static class DisplayFormatter
{
    public const string PlainText = "text/plain";
    public const string Html = "text/html";
    public const string AttributeName = "TypeFormatterSourceAttribute";

    private static readonly ConcurrentDictionary<Type, FormatterSet> s_cache = new();

    /// <summary>Formats <paramref name="value"/> in every mime type it has, or only in <paramref name="mimeTypes"/> when any are given.</summary>
    public static DisplayOutput Format(object? value, IReadOnlyCollection<string>? mimeTypes = null)
    {
        var data = new Dictionary<string, string>(StringComparer.Ordinal);
        if (value is null)
        {
            data[PlainText] = "<null>";
            return new DisplayOutput(data);
        }

        var set = s_cache.GetOrAdd(value.GetType(), FindFormatters);
        foreach (var formatter in set.Formatters)
        {
            if (data.ContainsKey(formatter.MimeType) || !Wanted(formatter.MimeType, mimeTypes))
            {
                continue;
            }

            if (formatter.Type is not null && !formatter.Type.IsInstanceOfType(value))
            {
                continue;
            }

            var text = formatter.Format(value);
            if (text is not null)
            {
                data[formatter.MimeType] = text;
            }
        }

        if (!data.ContainsKey(Html) && Wanted(Html, mimeTypes) && TryFormatHtmlContent(value) is { } html)
        {
            data[Html] = html;
        }

        if (!data.ContainsKey(PlainText) && (data.Count == 0 || Wanted(PlainText, mimeTypes)))
        {
            data[PlainText] = PlainTextOf(value);
        }

        return new DisplayOutput(data);
    }

    private static bool Wanted(string mimeType, IReadOnlyCollection<string>? mimeTypes) =>
        mimeTypes is null || mimeTypes.Count == 0 || mimeTypes.Contains(mimeType);

    private static string PlainTextOf(object value) => value switch
    {
        string text => text,
        IFormattable formattable => formattable.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        IEnumerable sequence when value.GetType().GetMethod(nameof(ToString), Type.EmptyTypes)?.DeclaringType == typeof(object)
            => "[ " + string.Join(", ", sequence.Cast<object?>().Take(100).Select(item => item is null ? "<null>" : PlainTextOf(item))) + " ]",
        _ => value.ToString() ?? string.Empty,
    };

    private static FormatterSet FindFormatters(Type type)
    {
        var formatters = new List<ConventionFormatter>();
        foreach (var attribute in FindSourceAttributes(type))
        {
            var sourceType = attribute.GetType().GetProperty("FormatterSourceType")?.GetValue(attribute) as Type;
            if (sourceType is null)
            {
                continue;
            }

            var preferred = attribute.GetType().GetProperty("PreferredMimeTypes")?.GetValue(attribute) as string[] ?? [];
            var source = Activator.CreateInstance(sourceType)
                ?? throw new InvalidOperationException($"Could not create the formatter source {sourceType.FullName}.");
            var create = sourceType.GetMethod("CreateTypeFormatters", BindingFlags.Public | BindingFlags.Instance, Type.EmptyTypes)
                ?? throw new InvalidOperationException($"The formatter source {sourceType.FullName} has no public CreateTypeFormatters() method.");
            var created = (create.Invoke(source, null) as IEnumerable)?.Cast<object>()
                .Select(ConventionFormatter.TryCreate)
                .OfType<ConventionFormatter>()
                .ToList() ?? [];

            // Preferred mime types first, then the rest in the order the source gave them.
            formatters.AddRange(created.OrderBy(f => Array.IndexOf(preferred, f.MimeType) is var i && i >= 0 ? i : int.MaxValue));
        }

        return new FormatterSet(formatters);
    }

    /// <summary>The convention attributes on the type and its base types, nearest first (interfaces are not searched, as in the kernel).</summary>
    private static IEnumerable<Attribute> FindSourceAttributes(Type type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            foreach (var attribute in current.GetCustomAttributes(inherit: false).OfType<Attribute>())
            {
                if (attribute.GetType().Name == AttributeName)
                {
                    yield return attribute;
                }
            }
        }
    }

    private static string? TryFormatHtmlContent(object value)
    {
        var contract = value.GetType().GetInterfaces().FirstOrDefault(i => i.Name == "IHtmlContent");
        if (contract is null)
        {
            return null;
        }

        var writeTo = contract.GetMethod("WriteTo", [typeof(TextWriter), typeof(HtmlEncoder)]);
        if (writeTo is null)
        {
            return value.ToString();
        }

        using var writer = new StringWriter();
        writeTo.Invoke(value, [writer, HtmlEncoder.Default]);
        return writer.ToString();
    }

    private sealed record FormatterSet(IReadOnlyList<ConventionFormatter> Formatters);
}
