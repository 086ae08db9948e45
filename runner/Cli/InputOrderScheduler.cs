namespace Runner.Cli;

/// <summary>
/// Runs jobs with at most N at once, starting them in input order, and gives back their results in input order
/// whatever order they finish in, so that what is reported does not depend on timing.
/// </summary>
internal static class InputOrderScheduler
{
    /// <summary>
    /// Runs <paramref name="run"/> for each index 0..<paramref name="count"/>-1, at most <paramref name="parallel"/> at once.
    /// Cancelling stops starting new jobs, waits for the running ones (each is given the token) and throws
    /// <see cref="OperationCanceledException"/>. A job that throws anything else stops the others the same way,
    /// and its exception is the one thrown.
    /// </summary>
    /// <returns>Result i is job i's.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="parallel"/> is less than 1.</exception>
    public static async Task<IReadOnlyList<TResult>> RunAsync<TResult>(
        int count, int parallel, Func<int, CancellationToken, Task<TResult>> run, CancellationToken cancellation)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(parallel, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var results = new TResult[count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = parallel, CancellationToken = cancellation };
        await Parallel.ForAsync(0, count, options, async (index, token) =>
        {
            results[index] = await run(index, token).ConfigureAwait(false);
        }).ConfigureAwait(false);
        return results;
    }
}
