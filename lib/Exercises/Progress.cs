using System.Net;
using System.Text;
using Calculus.Display;

namespace Calculus.Exercises;

/// <summary>
/// The learner's progress in this notebook, from the checks run so far: "Exercises 3/7, drills 9/12 done", then the
/// tasks not done yet, by label. Made by <see cref="Checks.Progress"/>; a notebook's last cell shows it.
/// </summary>
[TypeFormatterSource(typeof(ProgressFormatterSource), PreferredMimeTypes = [ProgressFormatterSource.HtmlMimeType, MathFormatterSource.PlainTextMimeType])]
public sealed class Progress
{
    internal Progress(IReadOnlyList<(TaskLabel Label, bool Done)> tasks)
    {
        Tasks = tasks;
    }

    /// <summary>Every task whose check has run, with whether it passed the last time.</summary>
    public IReadOnlyList<(TaskLabel Label, bool Done)> Tasks { get; }

    /// <summary>How many exercises have been checked.</summary>
    public int Exercises => Count(TaskKind.Exercise, doneOnly: false);

    /// <summary>How many exercises passed their check.</summary>
    public int ExercisesDone => Count(TaskKind.Exercise, doneOnly: true);

    /// <summary>How many drills have been checked.</summary>
    public int Drills => Count(TaskKind.Drill, doneOnly: false);

    /// <summary>How many drills were answered right.</summary>
    public int DrillsDone => Count(TaskKind.Drill, doneOnly: true);

    /// <summary>The tasks whose latest check did not pass.</summary>
    public IReadOnlyList<TaskLabel> NotDone => Tasks.Where(t => !t.Done).Select(t => t.Label).ToList();

    /// <summary>Whether every task checked so far is done.</summary>
    public bool AllDone => Tasks.Count > 0 && NotDone.Count == 0;

    /// <summary>"Exercises 3/7, drills 9/12 done", with the undone tasks on a second line.</summary>
    public override string ToString()
    {
        if (Tasks.Count == 0)
        {
            return "No exercise or drill has been checked yet: run the notebook from the top.";
        }

        var text = new StringBuilder(Headline());
        text.Append(NotDone.Count == 0 ? "\nEverything checked so far is done." : "\nNot done yet: " + string.Join(", ", NotDone));
        return text.ToString();
    }

    /// <summary>The progress as a small HTML panel.</summary>
    public string ToHtml()
    {
        var colour = AllDone ? "#1a7f37" : "#9a6700";
        var html = new StringBuilder()
            .Append($"<div class=\"progress\" style=\"border-left:4px solid {colour};padding:.4em .8em;margin:.3em 0;font-family:system-ui,sans-serif\">");
        if (Tasks.Count == 0)
        {
            return html.Append(WebUtility.HtmlEncode(ToString())).Append("</div>").ToString();
        }

        html.Append("<strong>").Append(WebUtility.HtmlEncode(Headline())).Append("</strong>");
        html.Append("<div>").Append(NotDone.Count == 0 ? "Everything checked so far is done." : "Not done yet: " + WebUtility.HtmlEncode(string.Join(", ", NotDone))).Append("</div>");
        return html.Append("</div>").ToString();
    }

    private string Headline() => $"Exercises {ExercisesDone}/{Exercises}, drills {DrillsDone}/{Drills} done";

    private int Count(TaskKind kind, bool doneOnly) => Tasks.Count(t => t.Label.Kind == kind && (t.Done || !doneOnly));
}
