using System.Globalization;
using System.Text.RegularExpressions;

namespace Calculus.Exercises;

/// <summary>A learner task's label, "Exercise N.M" or "Drill N.M", read from the start of a check's title.</summary>
public sealed partial record TaskLabel(TaskKind Kind, int Week, int Number)
{
    /// <summary>The label at the start of <paramref name="title"/> ("Drill 1.2: …" → Drill 1.2), or null when it has none.</summary>
    public static TaskLabel? Parse(string title)
    {
        var match = Pattern().Match(title);
        if (!match.Success)
        {
            return null;
        }

        var kind = match.Groups["kind"].Value == "Exercise" ? TaskKind.Exercise : TaskKind.Drill;
        return new TaskLabel(kind, int.Parse(match.Groups["week"].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups["number"].Value, CultureInfo.InvariantCulture));
    }

    /// <summary>"Exercise 1.2" or "Drill 1.2".</summary>
    public override string ToString() => $"{Kind} {Week}.{Number}";

    [GeneratedRegex(@"^\s*(?<kind>Exercise|Drill) (?<week>\d+)\.(?<number>\d+)\b")]
    private static partial Regex Pattern();
}
