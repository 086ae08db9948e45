using System.Diagnostics;
using System.Runtime.InteropServices.JavaScript;
using System.Runtime.Versioning;
using System.Text.Json.Nodes;

namespace Calculus.Live;

/// <summary>What the page's Web Worker calls (wwwroot/live-worker.js): start the session, run a cell, restart.</summary>
[SupportedOSPlatform("browser")]
public static partial class LiveEngine
{
    /// <summary>Where the course's files are laid out in the browser's in-memory file system.</summary>
    public const string CourseRoot = "/course";

    private static LiveSession? s_session;

    /// <summary>Lays out the data, loads the references and starts the session; answers with how long it took, as JSON.</summary>
    [JSExport]
    public static async Task<string> StartAsync()
    {
        var clock = Stopwatch.StartNew();
        s_session = await LiveSession.StartAsync(CourseRoot).ConfigureAwait(true);
        return new JsonObject { ["milliseconds"] = clock.ElapsedMilliseconds }.ToJsonString();
    }

    /// <summary>Runs one cell with a time limit in milliseconds (0: none); answers with its outputs as JSON.</summary>
    [JSExport]
    public static Task<string> RunCellAsync(string code, int timeLimitMilliseconds) =>
        (s_session ?? throw new InvalidOperationException("Start the live engine before running a cell.")).RunCellAsync(code, timeLimitMilliseconds);

    /// <summary>Warms Roslyn up with a throwaway cell (the worker runs it when nothing else is waiting).</summary>
    [JSExport]
    public static Task WarmUpAsync() => LiveSession.WarmUpAsync();

    /// <summary>Forgets every variable and starts again.</summary>
    [JSExport]
    public static Task RestartAsync() => s_session?.RestartAsync() ?? Task.CompletedTask;
}
