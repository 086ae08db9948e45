using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Runner.Notebooks;

namespace Runner.Export;

/// <summary>What the index page says of a notebook: its title (the first level-1 heading, as plain text) and its learning objectives (the list right after a heading naming them).</summary>
internal sealed partial record NotebookSummary(string Title, IReadOnlyList<string> Objectives)
{
    public static NotebookSummary Of(JsonObject notebook, string fallbackTitle)
    {
        var markdown = (notebook["cells"] as JsonArray ?? [])
            .OfType<JsonObject>()
            .Where(cell => (string?)cell["cell_type"] == "markdown")
            .Select(cell => MultilineText.Read(cell["source"]) ?? string.Empty)
            .ToList();
        var title = markdown
            .SelectMany(text => text.Split('\n'))
            .Select(line => Heading().Match(line))
            .FirstOrDefault(match => match.Success)?.Groups["title"].Value.Trim() is { Length: > 0 } heading
                ? Markdig.Markdown.ToPlainText(heading).Trim()
                : fallbackTitle;
        return new NotebookSummary(title, FindObjectives(markdown));
    }

    private static List<string> FindObjectives(IEnumerable<string> markdownCells)
    {
        foreach (var text in markdownCells)
        {
            var lines = text.Split('\n');
            var start = Array.FindIndex(lines, line => ObjectivesHeading().IsMatch(line));
            if (start < 0)
            {
                continue;
            }

            // The list starts after the heading (blank lines allowed) and ends at the first line that is not an item.
            var items = new List<string>();
            foreach (var line in lines.Skip(start + 1).SkipWhile(line => line.Trim().Length == 0))
            {
                var item = ListItem().Match(line);
                if (!item.Success)
                {
                    break;
                }

                items.Add(item.Groups["item"].Value.Trim());
            }

            if (items.Count > 0)
            {
                return items;
            }
        }

        return [];
    }

    [GeneratedRegex(@"^#\s+(?<title>.+)$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^#{1,6}\s.*\bobjectives?\b", RegexOptions.IgnoreCase)]
    private static partial Regex ObjectivesHeading();

    [GeneratedRegex(@"^\s*(?:[-*+]|\d+[.)])\s+(?<item>.+)$")]
    private static partial Regex ListItem();
}
