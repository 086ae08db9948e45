using Calculus.Live.Kernel;

namespace Live.Tests.Kernel;

/// <summary>The guards that end a runaway cell: a time limit checked by loop ticks, and a call depth limit.</summary>
[Collection(LiveCollection.Name)]
public sealed class CellGuardTests : IDisposable
{
    /// <summary>
    /// Far more ticks than a 1 ms limit needs (Tick reads the clock every 1024 calls, a few nanoseconds each), yet few
    /// enough that a broken guard fails the test in well under a second instead of hanging it.
    /// </summary>
    private const int TickCap = 200_000_000;

    /// <summary>Ticks that a cell without a limit runs without being stopped (a few thousand clock reads).</summary>
    private const int UnlimitedTicks = 5_000_000;

    public void Dispose() => CellGuard.Start(0);

    [Fact]
    public void Tick_PastTheDeadline_ThrowsCellStoppedException()
    {
        CellGuard.Start(1);
        Thread.Sleep(5);

        var ticks = 0;
        var stopped = Record.Exception(() =>
        {
            while (ticks < TickCap)
            {
                ticks++;
                CellGuard.Tick();
            }
        });

        var exception = Assert.IsType<CellStoppedException>(stopped);
        Assert.Contains("time limit", exception.Message);
        Assert.True(ticks <= 1024, $"Stopped after {ticks} ticks; the clock is read every 1024.");
    }

    [Fact]
    public void Tick_SpinningFromTheStart_IsStoppedAtAClockReadOnceTheLimitPasses()
    {
        CellGuard.Start(1);

        var ticks = 0;
        var stopped = Record.Exception(() =>
        {
            while (ticks < TickCap)
            {
                ticks++;
                CellGuard.Tick();
            }
        });

        Assert.IsType<CellStoppedException>(stopped);
        Assert.True(ticks < TickCap, "The loop ran to the cap instead of being stopped.");
        Assert.Equal(0, ticks % 1024);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Tick_NoLimit_NeverThrows(int limit)
    {
        CellGuard.Start(limit);

        for (var i = 0; i < UnlimitedTicks; i++)
        {
            CellGuard.Tick();
        }
    }

    [Fact]
    public void Start_AfterAStoppedCell_ClearsTheDeadline()
    {
        CellGuard.Start(1);
        Thread.Sleep(5);
        Assert.Throws<CellStoppedException>(() =>
        {
            for (var i = 0; i < TickCap; i++)
            {
                CellGuard.Tick();
            }
        });

        CellGuard.Start(0);

        for (var i = 0; i < UnlimitedTicks; i++)
        {
            CellGuard.Tick();
        }
    }

    [Fact]
    public void Enter_BeyondMaxDepth_ThrowsAndLeavesTheDepthBalanced()
    {
        CellGuard.Start(0);

        var thrown = Record.Exception(() => Recurse(CellGuard.MaxDepth + 10));

        var exception = Assert.IsType<InsufficientExecutionStackException>(thrown);
        Assert.Contains(CellGuard.MaxDepth.ToString(System.Globalization.CultureInfo.InvariantCulture), exception.Message);

        // Every scope was disposed on the way out: the full depth is available again, and one more level is not.
        Recurse(CellGuard.MaxDepth - 1);
        Recurse(CellGuard.MaxDepth);
        Assert.Throws<InsufficientExecutionStackException>(() => Recurse(CellGuard.MaxDepth + 1));
    }

    [Fact]
    public void Scope_NestedToMaxDepth_WorksAndExitsEachLevel()
    {
        CellGuard.Start(0);

        Assert.Equal(CellGuard.MaxDepth, Recurse(CellGuard.MaxDepth));
        Assert.Equal(CellGuard.MaxDepth, Recurse(CellGuard.MaxDepth));
    }

    [Fact]
    public void Exit_MoreThanEntered_DoesNotLowerTheLimit()
    {
        CellGuard.Start(0);

        CellGuard.Exit();
        CellGuard.Exit();

        Assert.Throws<InsufficientExecutionStackException>(() => Recurse(CellGuard.MaxDepth + 1));
    }

    [Fact]
    public void Start_ResetsTheDepthLeftByAnAbandonedCell()
    {
        CellGuard.Start(0);
        for (var i = 0; i < CellGuard.MaxDepth; i++)
        {
            CellGuard.Enter(); // never exited, as when a cell is abandoned mid-recursion
        }

        CellGuard.Start(0);

        Assert.Equal(CellGuard.MaxDepth, Recurse(CellGuard.MaxDepth));
    }

    /// <summary>A learner method as the rewriter guards it, nested <paramref name="levels"/> deep; the depth it reached.</summary>
    private static int Recurse(int levels)
    {
        using var scope = CellGuard.Scope();
        return levels <= 1 ? 1 : 1 + Recurse(levels - 1);
    }
}
