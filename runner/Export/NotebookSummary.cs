using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Runner.Notebooks;

namespace Runner.Export;

/// <summary>What the index page says of a notebook: its title (the first level-1 heading) and its learning objectives (the list after a heading or line naming them).</summary>
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
            .FirstOrDefault(match => match.Success)?.Groups["title"].Value.Trim() ?? fallbackTitle;
        return new NotebookSummary(title, FindObjectives(markdown));
    }

    private static List<string> FindObjectives(IEnumerable<string> markdownCells)
    {
        foreach (var text in markdownCells)
        {
            var lines = text.Split('\n');
            var start = Array.FindIndex(lines, line => line.Contains("objective", StringComparison.OrdinalIgnoreCase));
            if (start < 0)
            {
                continue;
            }

            var items = new List<string>();
            foreach (var line in lines.Skip(start + 1))
            {
                var item = ListItem().Match(line);
                if (item.Success)
                {
                    items.Add(item.Groups["item"].Value.Trim());
                }
                else if (items.Count > 0 && line.Trim().Length == 0)
                {
                    break;
                }
                else if (items.Count > 0)
                {
                    break;
                }
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

    [GeneratedRegex(@"^\s*(?:[-*+]|\d+[.)])\s+(?<item>.+)$")]
    private static partial Regex ListItem();
}
