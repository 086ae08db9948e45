namespace Calculus.Exercises;

/// <summary>
/// What the learner has done so far in this kernel (one kernel runs one notebook): the latest outcome of every labelled
/// check that has run, in the order the tasks were first seen.
/// </summary>
internal static class TaskLedger
{
    private static readonly object s_gate = new();
    private static readonly List<TaskLabel> s_order = [];
    private static readonly Dictionary<TaskLabel, bool> s_done = [];

    /// <summary>Records a check's outcome when its title starts with a task label; other checks are ignored.</summary>
    public static void Record(CheckResult result)
    {
        if (TaskLabel.Parse(result.Title) is not { } label)
        {
            return;
        }

        lock (s_gate)
        {
            if (!s_done.ContainsKey(label))
            {
                s_order.Add(label);
            }

            s_done[label] = result.Passed;
        }
    }

    /// <summary>Every task seen, with whether its latest check passed, in first-seen order.</summary>
    public static IReadOnlyList<(TaskLabel Label, bool Done)> Snapshot()
    {
        lock (s_gate)
        {
            return s_order.Select(label => (label, s_done[label])).ToList();
        }
    }

    /// <summary>Forgets everything (for tests).</summary>
    internal static void Clear()
    {
        lock (s_gate)
        {
            s_order.Clear();
            s_done.Clear();
        }
    }
}
