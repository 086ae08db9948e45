using Calculus.Display;

namespace Calculus.Exercises;

/// <summary>
/// A short, auto-checked practice question, "Drill N.M": it shows its question, judges the learner's answer with
/// <see cref="Check"/>, gives a hint on request, and shows the worked solution after two wrong tries. Made from a
/// generator and a seed, so that <see cref="New"/> poses another instance and the default seed makes the instructor
/// notebook reproducible: <c>var drill = Drill.Of("Drill 1.1", Drills.PowerRule);</c>.
/// </summary>
[TypeFormatterSource(typeof(DrillFormatterSource), PreferredMimeTypes = [DrillFormatterSource.MarkdownMimeType, MathFormatterSource.PlainTextMimeType])]
public sealed class Drill
{
    /// <summary>Wrong tries after which a failed check shows the worked solution.</summary>
    public const int TriesBeforeSolution = 2;

    private readonly Func<Random, DrillQuestion> _generate;

    private Drill(TaskLabel label, Func<Random, DrillQuestion> generate, int seed)
    {
        Label = label;
        _generate = generate;
        Seed = seed;
        Current = generate(new Random(seed));
    }

    /// <summary>"Drill 1.1".</summary>
    public TaskLabel Label { get; }

    /// <summary>The seed of the question now posed.</summary>
    public int Seed { get; private set; }

    /// <summary>The question now posed.</summary>
    public DrillQuestion Current { get; private set; }

    /// <summary>Wrong answers given to the question now posed.</summary>
    public int WrongTries { get; private set; }

    /// <summary>The drill labelled <paramref name="label"/> ("Drill N.M"), posing the question <paramref name="generate"/> makes from <paramref name="seed"/>.</summary>
    /// <exception cref="ArgumentException">The label is not "Drill N.M".</exception>
    public static Drill Of(string label, Func<Random, DrillQuestion> generate, int seed = 1)
    {
        ArgumentNullException.ThrowIfNull(generate);
        var parsed = TaskLabel.Parse(label ?? string.Empty);
        if (parsed is not { Kind: TaskKind.Drill } || parsed.ToString() != label!.Trim())
        {
            throw new ArgumentException($"A drill's label is \"Drill N.M\", e.g. \"Drill 1.2\"; got \"{label}\".", nameof(label));
        }

        return new Drill(parsed, generate, seed);
    }

    /// <summary>Judges <paramref name="answer"/>: a green block when right; red with why when wrong, and from the second wrong try the worked solution is shown first.</summary>
    public CheckResult Check(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var title = $"{Label}: {Current.Title}";
        return Checks.Run(title, null, () =>
        {
            if (answer.IsTodo)
            {
                return Checks.Fail(title, null, $"not done yet: replace Answer.Todo with your answer ({Current.Expected.Form})");
            }

            var difference = Current.Expected.Judge(answer, Seed);
            if (difference is null)
            {
                return Checks.Pass(title, $"{answer} is right");
            }

            WrongTries++;
            if (WrongTries < TriesBeforeSolution)
            {
                return Checks.Fail(title, null, difference, "try again, or ask for a hint with .Hint()");
            }

            NotebookDisplay.Show(Solution());
            return Checks.Fail(title, null, difference, "the worked solution is shown above; .New() poses another question to try");
        });
    }

    /// <summary>The hint, shown as Markdown.</summary>
    public Markdown Hint() => new($"**Hint for {Label}.** {Current.Hint}");

    /// <summary>The worked solution, shown as Markdown.</summary>
    public Markdown Solution() => new($"**Worked solution to {Label}.** {Current.Solution}\n\n**Answer:** `{Current.Expected.Shown}`");

    /// <summary>Poses another instance of the drill (the next seed) and returns the drill, which shows its new question.</summary>
    public Drill New()
    {
        Seed++;
        Current = _generate(new Random(Seed));
        WrongTries = 0;
        return this;
    }

    /// <summary>The question as Markdown: label, title, task, and the form the answer takes.</summary>
    public string ToMarkdown() =>
        $"**{Label}: {Current.Title}.** {Current.Question}\n\n*Answer with {Current.Expected.Form}. `.Hint()` gives a hint; `.New()` poses another one (seed {Seed}).*";

    /// <summary>The question as plain text.</summary>
    public override string ToString() => $"{Label}: {Current.Title}. {Current.Question} (Answer with {Current.Expected.Form}; seed {Seed}.)";
}
