using System.Diagnostics;

namespace Calculus.Live.Kernel;

/// <summary>
/// Ends a runaway cell in the browser, where nothing can interrupt a running thread: the live engine rewrites every loop
/// body of learner code to call <see cref="Tick"/> first, and every method body to open a <see cref="Scope"/>. A cell past its time limit, or stopped, throws <see cref="CellStoppedException"/>; recursion deeper
/// than <see cref="MaxDepth"/> throws <see cref="InsufficientExecutionStackException"/> before the runtime's stack runs out.
/// </summary>
public static class CellGuard
{
    /// <summary>The deepest call nesting of learner methods allowed.</summary>
    public const int MaxDepth = 2000;

    private static long s_deadline = long.MaxValue;
    private static int s_limitMilliseconds;
    private static int s_ticks;
    private static int s_depth;

    /// <summary>Starts a cell with a time limit (0 or less: none).</summary>
    public static void Start(int timeLimitMilliseconds)
    {
        s_limitMilliseconds = timeLimitMilliseconds;
        s_deadline = timeLimitMilliseconds > 0 ? Stopwatch.GetTimestamp() + timeLimitMilliseconds * Stopwatch.Frequency / 1000 : long.MaxValue;
        s_depth = 0;
        s_ticks = 0;
    }

    /// <summary>Called at the top of every loop body: throws once the cell is past its time limit.</summary>
    public static void Tick()
    {
        if ((++s_ticks & 0x3FF) == 0 && Stopwatch.GetTimestamp() > s_deadline)
        {
            throw new CellStoppedException($"The cell was stopped after {s_limitMilliseconds / 1000.0:0.#} s, its time limit: does a loop never end?");
        }
    }

    /// <summary>Called on entering a learner method: throws when calls nest deeper than <see cref="MaxDepth"/>.</summary>
    public static void Enter()
    {
        if (++s_depth > MaxDepth)
        {
            s_depth--;
            throw new InsufficientExecutionStackException($"Calls nested deeper than {MaxDepth}: does a recursion never reach its base case?");
        }

        Tick();
    }

    /// <summary>Enters a learner method until the scope is disposed: <c>using var _ = CellGuard.Scope();</c>.</summary>
    public static DepthScope Scope()
    {
        Enter();
        return default;
    }

    /// <summary>Called on leaving a learner method.</summary>
    public static void Exit()
    {
        if (s_depth > 0)
        {
            s_depth--;
        }
    }
}
