using System.Diagnostics;
using System.Text.Json.Nodes;
using Calculus.Live.Kernel;
using Markdig;
using Microsoft.CodeAnalysis;
using Runner.Export;

namespace Calculus.Live;

/// <summary>
/// The live course's kernel: runs cells one at a time, in order, with state carried between them, and answers each with
/// JSON: <c>{"ok": bool, "outputs": [nbformat outputs], "html": [each output as the exported site renders it],
/// "satisfied": [directive lines], "milliseconds": n}</c>.
/// </summary>
public sealed class LiveSession
{
    private static readonly MarkdownPipeline s_markdown = new MarkdownPipelineBuilder().UseAdvancedExtensions().UseMathematics().Build();
    private static IReadOnlyList<MetadataReference>? s_references;
    private int _figures;
    private ScriptSession _session;

    private LiveSession(ScriptSession session)
    {
        _session = session;
    }

    /// <summary>Starts a session whose cells see the course's data under <paramref name="courseRoot"/>/data (written there if missing).</summary>
    public static async Task<LiveSession> StartAsync(string courseRoot)
    {
        CourseFiles.LayOut(courseRoot);
        Console.SetOut(CellOutputs.StreamWriter("stdout"));
        Console.SetError(CellOutputs.StreamWriter("stderr"));
        return new LiveSession(await NewScriptSessionAsync().ConfigureAwait(true));
    }

    /// <summary>Runs one cell with a time limit in milliseconds (0: none) and answers with its outputs as JSON.</summary>
    public async Task<string> RunCellAsync(string code, int timeLimitMilliseconds)
    {
        var clock = Stopwatch.StartNew();
        var (stripped, satisfied) = CellDirectives.Strip(code);
        var outputs = CellOutputs.Begin();
        CellGuard.Start(timeLimitMilliseconds);
        bool ok;
        try
        {
            ok = string.IsNullOrWhiteSpace(stripped) || await _session.RunAsync(stripped, outputs).ConfigureAwait(true);
        }
        finally
        {
            CellGuard.Start(0);
        }

        var json = outputs.ToJson();
        var html = json.OfType<JsonObject>().Select(output => (JsonNode?)OutputHtml.Render(output, s_markdown, () => $"live-figure-{++_figures}"));
        return new JsonObject
        {
            ["ok"] = ok,
            ["outputs"] = json,
            ["html"] = new JsonArray([.. html]),
            ["satisfied"] = new JsonArray([.. satisfied.Select(line => (JsonNode?)line)]),
            ["milliseconds"] = clock.ElapsedMilliseconds,
        }.ToJsonString();
    }

    /// <summary>
    /// Compiles and runs a throwaway cell in a session of its own, so that the learner's first cell does not pay for
    /// Roslyn's first pass through lambdas, LINQ and interpolated strings (about a second in the browser, where the
    /// runtime interprets). Nothing of it is kept: the learner's session and outputs are untouched.
    /// </summary>
    public static async Task WarmUpAsync()
    {
        var session = await NewScriptSessionAsync().ConfigureAwait(true);
        await session.RunAsync(
            "var warm = new[] { 1.0, 2.0, 3.0 }.Select(x => x * x).Where(x => x > 1).ToList();\n" +
            "double Twice(double x) => 2 * x;\n" +
            "var text = $\"{warm.Count} values, the largest {warm.Max():F2}, twice {Twice(warm[0])}\";\n" +
            "for (var i = 0; i < 3; i++) { text += i; }\n" +
            "text",
            CellOutputs.Begin()).ConfigureAwait(true);
        CellOutputs.Begin();
    }

    /// <summary>Forgets every variable and starts again from an empty script.</summary>
    public async Task RestartAsync() => _session = await NewScriptSessionAsync().ConfigureAwait(true);

    /// <summary>A script that has run the kernel's helper submission, <c>using static Microsoft.DotNet.Interactive.Kernel;</c> (which brings <c>display</c>).</summary>
    private static async Task<ScriptSession> NewScriptSessionAsync()
    {
        var session = new ScriptSession(s_references ??= CourseFiles.References());
        var outputs = CellOutputs.Begin();
        if (!await session.RunAsync("using static Microsoft.DotNet.Interactive.Kernel;", outputs).ConfigureAwait(true))
        {
            throw new InvalidOperationException($"The live engine could not start: {outputs.ToJson().ToJsonString()}");
        }

        return session;
    }
}
