using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Runner.Engine;
using Runner.Notebooks;
using Runner.Worker;

namespace Runner.Execution;

/// <summary>
/// Runs one notebook's C# cells in a worker process of its own, in order, and builds the executed copy.
/// Follows the kernel's "Run All": a failing cell does not stop the cells after it; a timeout or a crash
/// does, because the notebook's state is gone with the worker.
/// </summary>
public sealed class NotebookExecutor
{
    /// <summary>The per-cell timeout when neither the command line nor the notebook sets one.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(300);

    private static readonly TimeSpan s_startTimeout = TimeSpan.FromSeconds(60);

    private readonly TimeSpan _defaultTimeout;

    /// <summary>Creates an executor whose cells time out after <paramref name="defaultTimeout"/> unless the notebook's metadata says otherwise.</summary>
    public NotebookExecutor(TimeSpan defaultTimeout)
    {
        _defaultTimeout = defaultTimeout;
    }

    /// <summary>
    /// Runs <paramref name="notebook"/>; <paramref name="onCellDone"/> is told after each C# cell (for progress).
    /// Cancelling stops the worker at once and throws <see cref="OperationCanceledException"/>.
    /// </summary>
    public async Task<NotebookRun> RunAsync(Notebook notebook, Action<NotebookCell>? onCellDone = null, CancellationToken cancellation = default)
    {
        var clock = Stopwatch.StartNew();
        var executed = (JsonObject)notebook.Json.DeepClone();
        PrepareDocument(executed);
        var cellsJson = (JsonArray)executed["cells"]!;
        var (timeout, timeoutSource) = notebook.Timeout is { } fromNotebook
            ? (fromNotebook, "the notebook's metadata.execution.timeout")
            : (_defaultTimeout, "the runner's --timeout");
        var outputs = new Dictionary<int, CellOutputList>();
        var displayIds = new HashSet<string>(StringComparer.Ordinal);
        var failures = new List<CellFailure>();
        var cellDurations = new List<TimeSpan>();
        TimeSpan? firstResult = null;
        long peakMemory = 0;
        int run = 0, skipped = 0, notRun = 0, executionCount = 0;
        var stopped = false;
        WorkerProcess? worker = null;

        void Collect(int cellNumber, CellOutput output)
        {
            if (outputs.TryGetValue(cellNumber, out var list))
            {
                list.Add(output);
            }
        }

        try
        {
            foreach (var cell in notebook.Cells)
            {
                if (cell.Type != CellType.Code)
                {
                    continue;
                }

                var cellJson = (JsonObject)cellsJson[cell.Index]!;
                ClearOutputs(cellJson);
                if (!cell.IsCSharp)
                {
                    continue;
                }

                if (cell.SkipExecution)
                {
                    skipped++;
                    onCellDone?.Invoke(cell);
                    continue;
                }

                if (stopped)
                {
                    notRun++;
                    onCellDone?.Invoke(cell);
                    continue;
                }

                if (worker is null)
                {
                    try
                    {
                        worker = await WorkerProcess.StartAsync(notebook.Directory, s_startTimeout, cancellation).ConfigureAwait(false);
                    }
                    catch (WorkerStartException e)
                    {
                        failures.Add(new CellFailure(notebook.Path, cell, null, $"could not run the notebook: {e.Message}"));
                        stopped = true;
                        notRun++;
                        onCellDone?.Invoke(cell);
                        continue;
                    }
                }

                executionCount++;
                var cellOutputs = new CellOutputList(executionCount, displayIds);
                outputs[cell.Number] = cellOutputs;
                var started = DateTimeOffset.UtcNow;
                var cellClock = Stopwatch.StartNew();
                var outcome = await worker.ExecuteAsync(
                    new ExecuteRequest(cell.Number, cell.Source),
                    timeout,
                    Collect,
                    cancellation).ConfigureAwait(false);
                cellClock.Stop();
                firstResult ??= clock.Elapsed;
                cellDurations.Add(cellClock.Elapsed);
                peakMemory = Math.Max(peakMemory, outcome.PeakWorkingSetBytes);
                run++;
                cellJson["execution_count"] = executionCount;
                RecordTiming(cellJson, started, DateTimeOffset.UtcNow);

                var failure = Judge(notebook, cell, outcome, timeout, timeoutSource)
                    ?? FailedCheck(notebook, cell, cellOutputs);
                if (outcome.Ending != CellEnding.Completed)
                {
                    cellOutputs.Add(ErrorOutputs.FromMessage(failure!.Message));
                    stopped = true;
                    worker.Dispose();
                    worker = null;
                }

                if (failure is not null)
                {
                    failures.Add(failure);
                }

                onCellDone?.Invoke(cell);
            }
        }
        finally
        {
            worker?.Dispose();
        }

        foreach (var (number, list) in outputs)
        {
            cellsJson[number - 1]!["outputs"] = list.ToJson();
        }

        return new NotebookRun(
            notebook,
            executed,
            failures,
            new RunCounts(run, skipped, notRun),
            new RunMeasurements(clock.Elapsed, firstResult, cellDurations, peakMemory));
    }

    /// <summary>A cell that displayed a failing exercise check fails, unless errors are allowed (its tags or the notebook say so).</summary>
    private static CellFailure? FailedCheck(Notebook notebook, NotebookCell cell, CellOutputList outputs)
    {
        var failed = outputs.FailedChecks().ToList();
        return failed.Count == 0 || cell.RaisesException || notebook.AllowErrors
            ? null
            : new CellFailure(notebook.Path, cell, null, $"check failed: {string.Join("; ", failed)}");
    }

    /// <summary>Whether a cell's ending is a failure, given its tags and the notebook's <c>allow_errors</c>.</summary>
    private static CellFailure? Judge(Notebook notebook, NotebookCell cell, CellOutcome outcome, TimeSpan timeout, string timeoutSource)
    {
        switch (outcome.Ending)
        {
            case CellEnding.TimedOut:
                return new CellFailure(notebook.Path, cell, null,
                    $"TimeoutException: the cell did not finish within {timeout.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture)} s ({timeoutSource}), " +
                    "so its worker process was stopped and the cells after it were not run.");
            case CellEnding.Crashed:
                var exit = outcome.ExitCode is { } code ? $"exited with code {code}" : "stopped";
                var firstWords = outcome.Stderr?.Split('\n', 2)[0].Trim();
                return new CellFailure(notebook.Path, cell, null,
                    $"WorkerCrashedException: the worker process {exit} while running this cell{(string.IsNullOrEmpty(firstWords) ? "" : $" ({firstWords})")}; " +
                    "the cells after it were not run.");
        }

        if (outcome.Error is { } error)
        {
            return cell.RaisesException || notebook.AllowErrors
                ? null
                : new CellFailure(notebook.Path, cell, error.Line, error.EValue.Split('\n', 2)[0].TrimEnd());
        }

        return cell.RaisesException
            ? new CellFailure(notebook.Path, cell, null, $"the cell is tagged '{NotebookCell.RaisesExceptionTag}' but ran without an error.")
            : null;
    }

    /// <summary>Makes the copy valid nbformat 4.5: minor version 5 and an id on every cell.</summary>
    private static void PrepareDocument(JsonObject document)
    {
        if (document["nbformat_minor"] is not JsonValue minor || !minor.TryGetValue(out int value) || value < 5)
        {
            document["nbformat_minor"] = 5;
        }

        var cells = (JsonArray)document["cells"]!;
        for (var i = 0; i < cells.Count; i++)
        {
            if (cells[i] is JsonObject cell && cell["id"] is null)
            {
                cell["id"] = $"cell-{i + 1}";
            }
        }
    }

    private static void ClearOutputs(JsonObject cell)
    {
        cell["outputs"] = new JsonArray();
        cell["execution_count"] = null;
        (cell["metadata"] as JsonObject)?.Remove("execution");
    }

    /// <summary>Records when the cell ran, under the keys Jupyter's own executor uses.</summary>
    private static void RecordTiming(JsonObject cell, DateTimeOffset started, DateTimeOffset ended)
    {
        if (cell["metadata"] is not JsonObject metadata)
        {
            metadata = new JsonObject();
            cell["metadata"] = metadata;
        }

        metadata["execution"] = new JsonObject
        {
            ["iopub.execute_input"] = Timestamp(started),
            ["shell.execute_reply"] = Timestamp(ended),
        };
    }

    private static string Timestamp(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);
}
