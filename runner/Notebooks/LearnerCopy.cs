using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Runner.Notebooks;

/// <summary>
/// Makes the learner's notebook from the instructor's (<c>NN-topic.solution.ipynb</c> → <c>NN-topic.ipynb</c>): cells
/// tagged <c>solution-only</c> are dropped; in cells tagged <c>exercise</c> each region between <c>// BEGIN SOLUTION</c>
/// and <c>// END SOLUTION</c> becomes a <c>// TODO</c> and a <c>throw new NotImplementedException("Exercise N.M: …")</c>,
/// which compiles wherever the answer was a block of statements; in cells tagged <c>drill</c> the region is the
/// answer expression (the argument of <c>drill.Check(…)</c>) and becomes a <c>// TODO</c> and <c>Answer.Todo</c>;
/// every output is cleared.
/// </summary>
internal static partial class LearnerCopy
{
    public const string ExerciseTag = "exercise";
    public const string CheckTag = "check";
    public const string DrillTag = "drill";

    /// <summary>What a drill's answer becomes in the learner copy: the library's unanswered placeholder.</summary>
    public const string DrillPlaceholder = "Answer.Todo";
    public const string SolutionOnlyTag = "solution-only";
    public const string SolutionSuffix = ".solution.ipynb";

    /// <summary>The learner copy's path: "01-what-is-calculus.solution.ipynb" → "01-what-is-calculus.ipynb".</summary>
    public static string PathFor(string solutionPath) =>
        solutionPath.EndsWith(SolutionSuffix, StringComparison.OrdinalIgnoreCase)
            ? solutionPath[..^SolutionSuffix.Length] + ".ipynb"
            : throw new ArgumentException($"{solutionPath} is not an instructor notebook (*{SolutionSuffix}).", nameof(solutionPath));

    /// <summary>The learner copy of <paramref name="notebook"/>, as the text to write.</summary>
    /// <exception cref="NotebookFormatException">An exercise cell has no solution region, or its markers do not pair up; the message names the cell and line.</exception>
    public static string Generate(Notebook notebook)
    {
        var week = WeekNumber().Match(notebook.FileName) is { Success: true } match ? int.Parse(match.Groups["week"].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
        var copy = (JsonObject)notebook.Json.DeepClone();
        var cells = (JsonArray)copy["cells"]!;
        var kept = new JsonArray();
        var exercise = 0;
        foreach (var cell in notebook.Cells)
        {
            if (cell.Tags.Contains(SolutionOnlyTag))
            {
                continue;
            }

            var json = (JsonObject)cells[cell.Index]!.DeepClone();
            var source = cell.Source;
            if (cell.Tags.Contains(ExerciseTag) && cell.Tags.Contains(DrillTag))
            {
                throw new NotebookFormatException(notebook.Path, $"{cell.Describe()} is tagged both '{ExerciseTag}' and '{DrillTag}'; a cell is one or the other.");
            }

            if (cell.Tags.Contains(ExerciseTag))
            {
                exercise++;
                source = Stub(notebook, cell, ExerciseTag, todo => $"throw new NotImplementedException(\"Exercise {week}.{exercise}: {todo.Replace("\\", "\\\\").Replace("\"", "\\\"")}\");");
            }
            else if (cell.Tags.Contains(DrillTag))
            {
                source = Stub(notebook, cell, DrillTag, _ => DrillPlaceholder);
            }
            else if (source.Contains(BeginMarker, StringComparison.Ordinal) || source.Contains(EndMarker, StringComparison.Ordinal))
            {
                throw new NotebookFormatException(notebook.Path, $"{cell.Describe()} has solution markers but is tagged neither '{ExerciseTag}' nor '{DrillTag}'.");
            }

            json["source"] = MultilineText.Write(source);
            if ((string?)json["cell_type"] == "code")
            {
                json["outputs"] = new JsonArray();
                json["execution_count"] = null;
                (json["metadata"] as JsonObject)?.Remove("execution");
            }

            kept.Add(json);
        }

        copy["cells"] = kept;
        return NotebookFile.Serialize(copy);
    }

    private const string BeginMarker = "// BEGIN SOLUTION";
    private const string EndMarker = "// END SOLUTION";

    /// <summary>The exercise or drill cell with each solution region replaced by a TODO comment and the line <paramref name="placeholder"/> makes from it.</summary>
    private static string Stub(Notebook notebook, NotebookCell cell, string tag, Func<string, string> placeholder)
    {
        var lines = cell.Source.Split('\n');
        var result = new StringBuilder();
        var regions = 0;
        int? openedAt = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var trimmed = line.Trim();
            if (trimmed.StartsWith(BeginMarker, StringComparison.Ordinal))
            {
                if (openedAt is not null)
                {
                    throw Error(notebook, cell, i + 1, $"a second '{BeginMarker}' before the '{EndMarker}' of line {openedAt}");
                }

                openedAt = i + 1;
                regions++;
                var indent = line[..(line.Length - line.TrimStart().Length)];
                var todo = trimmed[BeginMarker.Length..].TrimStart(':', ' ').Trim();
                todo = todo.Length > 0 ? todo : "write your answer here";
                result.Append(indent).Append("// TODO: ").Append(todo).Append('\n').Append(indent).Append(placeholder(todo));
                continue;
            }

            if (trimmed.StartsWith(EndMarker, StringComparison.Ordinal))
            {
                if (openedAt is null)
                {
                    throw Error(notebook, cell, i + 1, $"'{EndMarker}' with no '{BeginMarker}' before it");
                }

                openedAt = null;
                if (i < lines.Length - 1)
                {
                    result.Append('\n');
                }

                continue;
            }

            if (openedAt is null)
            {
                result.Append(line);
                if (i < lines.Length - 1)
                {
                    result.Append('\n');
                }
            }
        }

        if (openedAt is not null)
        {
            throw Error(notebook, cell, openedAt.Value, $"'{BeginMarker}' is never closed by '{EndMarker}'");
        }

        if (regions == 0)
        {
            throw new NotebookFormatException(notebook.Path, $"{cell.Describe()} is tagged '{tag}' but has no '{BeginMarker}' … '{EndMarker}' region.");
        }

        return result.ToString();
    }

    private static NotebookFormatException Error(Notebook notebook, NotebookCell cell, int line, string what) =>
        new(notebook.Path, $"{cell.Describe()}, line {line}: {what}.");

    [GeneratedRegex(@"^(?<week>\d+)-")]
    private static partial Regex WeekNumber();
}
