using System.Collections.Concurrent;
using Runner.Cli;

namespace Runner.Tests.Cli;

/// <summary>Running up to N jobs at once and reporting them in input order, on jobs whose ends the test controls.</summary>
public sealed class InputOrderSchedulerTests
{
    /// <summary>How long a test waits for something that should happen at once; generous, because the machine may be busy.</summary>
    private static readonly TimeSpan s_patience = TimeSpan.FromSeconds(30);

    /// <summary>How long a test watches for something that must not happen (a job starting beyond the limit).</summary>
    private static readonly TimeSpan s_watch = TimeSpan.FromMilliseconds(300);

    [Fact]
    public async Task RunAsync_JobsFinishInReverseOrder_ReturnsResultsInInputOrder()
    {
        const int Count = 4;
        var ends = Enumerable.Range(0, Count).Select(_ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).ToArray();
        var started = new CountdownEvent(Count);
        var finished = new ConcurrentQueue<int>();

        var running = InputOrderScheduler.RunAsync(Count, Count, async (i, _) =>
        {
            started.Signal();
            await ends[i].Task;
            finished.Enqueue(i);
            return $"job {i}";
        }, CancellationToken.None);
        Assert.True(started.Wait(s_patience), "Not every job started although the limit allows all of them at once.");
        for (var i = Count - 1; i >= 0; i--)
        {
            ends[i].SetResult();
            await WaitUntil(() => finished.Count == Count - i);
        }

        var results = await running;

        Assert.Equal([3, 2, 1, 0], finished);
        Assert.Equal(["job 0", "job 1", "job 2", "job 3"], results);
    }

    [Fact]
    public async Task RunAsync_ParallelTwo_StartsTheNextJobOnlyWhenOneEnds()
    {
        const int Count = 5;
        var ends = Enumerable.Range(0, Count).Select(_ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).ToArray();
        var started = new ConcurrentQueue<int>();

        var running = InputOrderScheduler.RunAsync(Count, 2, async (i, _) =>
        {
            started.Enqueue(i);
            await ends[i].Task;
            return i;
        }, CancellationToken.None);
        var seen = new List<int[]>();
        for (var i = 0; i < Count; i++)
        {
            await WaitUntil(() => started.Count >= Math.Min(i + 2, Count));
            await Task.Delay(s_watch);
            seen.Add([.. started]);
            ends[i].SetResult();
        }

        await running;

        // Before job i ends, exactly jobs 0..i+1 have started: two at a time, in input order.
        Assert.Equal([0, 1], seen[0].Order());
        Assert.Equal([0, 1, 2], seen[1].Order());
        Assert.Equal([0, 1, 2, 3], seen[2].Order());
        Assert.Equal([0, 1, 2, 3, 4], seen[3].Order());
    }

    [Fact]
    public async Task RunAsync_ParallelOne_RunsOneJobAfterAnotherInInputOrder()
    {
        var events = new ConcurrentQueue<string>();

        var results = await InputOrderScheduler.RunAsync(3, 1, async (i, _) =>
        {
            events.Enqueue($"start {i}");
            await Task.Delay(20);
            events.Enqueue($"end {i}");
            return i * 10;
        }, CancellationToken.None);

        Assert.Equal(["start 0", "end 0", "start 1", "end 1", "start 2", "end 2"], events);
        Assert.Equal([0, 10, 20], results);
    }

    [Fact]
    public async Task RunAsync_Cancelled_CancelsTheRunningJobsStartsNoMoreAndThrows()
    {
        using var cancellation = new CancellationTokenSource();
        var started = new ConcurrentQueue<int>();
        var cancelledJobs = new ConcurrentQueue<int>();

        var running = InputOrderScheduler.RunAsync(5, 2, async (i, token) =>
        {
            started.Enqueue(i);
            try
            {
                await Task.Delay(Timeout.Infinite, token);
            }
            catch (OperationCanceledException)
            {
                cancelledJobs.Enqueue(i);
                throw;
            }

            return i;
        }, cancellation.Token);
        await WaitUntil(() => started.Count == 2);
        cancellation.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running);
        Assert.Equal([0, 1], started.Order());
        Assert.Equal([0, 1], cancelledJobs.Order());
    }

    [Fact]
    public async Task RunAsync_JobThrows_StopsTheOthersAndThrowsThatException()
    {
        var otherCancelled = false;

        var running = InputOrderScheduler.RunAsync<int>(3, 2, async (i, token) =>
        {
            if (i == 1)
            {
                await Task.Yield();
                throw new InvalidOperationException("job 1 broke");
            }

            try
            {
                await Task.Delay(Timeout.Infinite, token);
            }
            catch (OperationCanceledException)
            {
                otherCancelled = true;
                throw;
            }

            return i;
        }, CancellationToken.None);

        var thrown = await Assert.ThrowsAsync<InvalidOperationException>(() => running);
        Assert.Equal("job 1 broke", thrown.Message);
        Assert.True(otherCancelled);
    }

    [Fact]
    public async Task RunAsync_NoJobs_ReturnsNoResults()
    {
        var results = await InputOrderScheduler.RunAsync(0, 3, (i, _) => Task.FromResult(i), CancellationToken.None);

        Assert.Empty(results);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public async Task RunAsync_ParallelBelowOne_Throws(int parallel)
    {
        var thrown = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(
            () => InputOrderScheduler.RunAsync(2, parallel, (i, _) => Task.FromResult(i), CancellationToken.None));

        Assert.Equal("parallel", thrown.ParamName);
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(waited.Elapsed < s_patience, "A job did not start or end in time.");
            await Task.Delay(10);
        }
    }
}
