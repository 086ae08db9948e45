using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace Calculus.Charts;

/// <summary>A title, as Plotly writes it: an object with its text.</summary>
/// <param name="Text">The title text.</param>
public sealed record Title([property: JsonPropertyName("text")] string Text)
{
    /// <summary>A plain string as a title; no string, no title.</summary>
    [return: NotNullIfNotNull(nameof(text))]
    public static implicit operator Title?(string? text) => text is null ? null : new(text);
}
