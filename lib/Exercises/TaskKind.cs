namespace Calculus.Exercises;

/// <summary>The two kinds of learner task: an exercise (code the learner writes) and a drill (a short auto-checked question).</summary>
public enum TaskKind
{
    /// <summary>"Exercise N.M": the learner writes code, and a check cell tests it.</summary>
    Exercise,

    /// <summary>"Drill N.M": a seeded practice question the learner answers.</summary>
    Drill,
}
