using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;

namespace Runner.Engine;

/// <summary>
/// The kernel's events as cell outputs, as VS Code Polyglot Notebooks turns them into outputs: standard output and
/// error become stream text; a displayed value, an update of one and the cell's value carry every formatted value the
/// kernel produced (but those it marks <c>SuppressDisplay</c>); an <c>ErrorProduced</c> is an error. Other events
/// (diagnostics, the command's own success or failure) are not outputs.
/// </summary>
internal static class KernelOutputs
{
    /// <summary>The output <paramref name="kernelEvent"/> becomes, or null when it is not one (or carries nothing to show).</summary>
    public static CellOutput? From(KernelEvent kernelEvent) => kernelEvent switch
    {
        StandardOutputValueProduced text => new StreamOutput(StreamOutput.StandardOutput, PlainText(text)),
        StandardErrorValueProduced text => new StreamOutput(StreamOutput.StandardError, PlainText(text)),
        ErrorProduced error => ErrorOutputs.FromMessage(error.Message),
        DisplayedValueUpdated update => Data(update) is { } data ? new DisplayUpdate(update.ValueId, data) : null,
        DisplayedValueProduced display => Data(display) is { } data ? new DisplayOutput(data, display.ValueId) : null,
        ReturnValueProduced result => Data(result) is { } data ? new ResultOutput(data) : null,
        _ => null,
    };

    /// <summary>Mime type to text, first value of each mime type; null when every value is suppressed.</summary>
    private static Dictionary<string, string>? Data(DisplayEvent display)
    {
        var data = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var value in display.FormattedValues ?? [])
        {
            if (!value.SuppressDisplay)
            {
                data.TryAdd(value.MimeType, value.Value ?? string.Empty);
            }
        }

        return data.Count > 0 ? data : null;
    }

    private static string PlainText(DisplayEvent text) =>
        text.FormattedValues?.FirstOrDefault(value => value.MimeType == PlainTextFormatter.MimeType)?.Value
        ?? text.Value?.ToString()
        ?? string.Empty;
}
