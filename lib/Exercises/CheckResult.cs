using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Calculus.Display;

namespace Calculus.Exercises;

/// <summary>
/// The outcome of an exercise's check, shown in the notebook as a green pass or a red failure block with what was
/// expected, what came out and a hint, never a stack trace. A displayed result carries <c>text/html</c>,
/// <c>text/plain</c> and <see cref="MimeType"/>, by which runners see a failed check.
/// </summary>
[TypeFormatterSource(typeof(CheckResultFormatterSource), PreferredMimeTypes = [CheckResultFormatterSource.HtmlMimeType, MathFormatterSource.PlainTextMimeType, MimeType])]
public sealed class CheckResult
{
    /// <summary>The machine-readable form, <c>{"passed": …, "title": …, "details": […]}</c>, by which a runner counts a failed check as a failed cell.</summary>
    public const string MimeType = "application/vnd.calculus.check-result+json";

    internal CheckResult(string title, bool passed, IReadOnlyList<string> details)
    {
        Title = title;
        Passed = passed;
        Details = details;
    }

    /// <summary>What was checked, e.g. "Exercise 1.2: the slope of the secant".</summary>
    public string Title { get; }

    /// <summary>Whether the answer is right.</summary>
    public bool Passed { get; }

    /// <summary>Lines of explanation: expected, got, hint.</summary>
    public IReadOnlyList<string> Details { get; }

    /// <summary>"✓ Exercise 1.2: … passed" or "✗ Exercise 1.2: … not yet right", with the details below.</summary>
    public override string ToString()
    {
        var text = new StringBuilder(Passed ? "✓ " : "✗ ").Append(Title).Append(Passed ? " — passed" : " — not yet right");
        foreach (var line in Details)
        {
            text.Append('\n').Append("  ").Append(line);
        }

        return text.ToString();
    }

    /// <summary>The block as HTML: a green or red box with the title and the details.</summary>
    public string ToHtml()
    {
        var colour = Passed ? "#1a7f37" : "#cf222e";
        var background = Passed ? "#dafbe1" : "#ffebe9";
        var html = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"<div class=\"check-result\" style=\"border-left:4px solid {colour};background:{background};padding:.5em .8em;margin:.3em 0;font-family:system-ui,sans-serif\">")
            .Append(CultureInfo.InvariantCulture, $"<strong style=\"color:{colour}\">{(Passed ? "✓" : "✗")} {WebUtility.HtmlEncode(Title)}</strong> {(Passed ? "passed" : "is not yet right")}");
        if (Details.Count > 0)
        {
            html.Append("<ul style=\"margin:.3em 0 0 0\">");
            foreach (var line in Details)
            {
                html.Append("<li>").Append(WebUtility.HtmlEncode(line)).Append("</li>");
            }

            html.Append("</ul>");
        }

        return html.Append("</div>").ToString();
    }

    /// <summary>The machine-readable JSON.</summary>
    public string ToJson() => JsonSerializer.Serialize(new { passed = Passed, title = Title, details = Details });
}
