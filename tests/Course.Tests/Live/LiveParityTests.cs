using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Course.Tests.TestSupport;
using Runner.Worker;

namespace Course.Tests.Live;

/// <summary>
/// Parity between the browser and the kernel: every week's learner copy, run top to bottom on its live page, gives the
/// same outputs (output types, mime types and text) cell by cell as the runner gives it in the .NET Interactive kernel.
/// </summary>
[Collection(WholeCourseCollection.Name)]
public sealed partial class LiveParityTests(LiveSiteFixture site) : IClassFixture<LiveSiteFixture>
{
    /// <summary>
    /// Cells whose outputs may differ in their numbers only, each for a stated reason; they must still match in shape
    /// (the same outputs, of the same types, in the same mime types).
    /// </summary>
    private static readonly IReadOnlyDictionary<string, string> s_numbersMayDiffer = new Dictionary<string, string>
    {
        ["03-chain-rule-and-neural-networks/scaling"] = "a table of measured times",
        ["03-chain-rule-and-neural-networks/time-chart"] = "a chart of measured times",
        // The browser's libm (musl, under WebAssembly) and the desktop's differ in the last bit of exp, log and pow:
        ["01-what-is-calculus/error-chart"] = "round-off errors at steps near 1e-16, which are those last bits",
        ["03-chain-rule-and-neural-networks/gradcheck-chart"] = "relative errors near 1e-9 between two roundings",
        ["03-chain-rule-and-neural-networks/training-curve"] = "2,000 training steps amplify last-bit differences",
        ["06-regression/mathnet-lm-compare"] = "MathNet's Levenberg–Marquardt stops after 24 or 26 iterations at the same fit",
    };

    private static readonly JsonSerializerOptions s_readableJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public async Task LearnerCopies_RunLive_MatchTheRunnersOutputsCellByCell()
    {
        // The kernel's outputs: the runner runs the six committed learner copies (their unfinished exercises fail their checks).
        var ran = Path.Combine(site.Folder, "ran");
        var (runner, prefix) = WorkerCommandLine.ResolveRunner();
        var learnerCopies = LiveSiteFixture.Weeks.Select(week => Path.Combine(Repository.Root, "notebooks", $"{week}.ipynb"));
        var run = await ExternalProcess.RunAsync(runner, [.. prefix, "run", "--out", ran, .. learnerCopies], Repository.Root, TimeSpan.FromMinutes(10), new Dictionary<string, string> { ["NO_COLOR"] = "1" });
        Assert.True(run.ExitCode is 0 or 1, $"runner run failed to run the learner copies:\n{run.Everything}");

        await using var browser = await Browser.LaunchAsync();
        var differences = new List<string>();
        var compared = 0;
        foreach (var week in LiveSiteFixture.Weeks)
        {
            var live = await RunLiveAsync(browser, week);
            var kernel = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(ran, $"{week}.ipynb")))!["cells"]!.AsArray()
                .Where(cell => (string?)cell!["cell_type"] == "code")
                .ToDictionary(cell => (string)cell!["id"]!, cell => cell!);
            foreach (var cell in live.Where(cell => (string?)cell!["cell_type"] == "code"))
            {
                var id = (string)cell!["id"]!;
                if (Source(cell).Contains("#load \"setup.csx\"", StringComparison.Ordinal))
                {
                    continue; // The page satisfies the setup script instead of running it, and says so.
                }

                compared++;
                var (liveJson, kernelJson) = (cell["outputs"]!.AsArray(), kernel[id]["outputs"]!.AsArray());
                var (liveOutputs, kernelOutputs) = (Describe(liveJson), Describe(kernelJson));
                var numbersMayDiffer = s_numbersMayDiffer.ContainsKey($"{week}/{id}");
                if (numbersMayDiffer ? Shape(liveJson) != Shape(kernelJson) : liveOutputs != kernelOutputs)
                {
                    differences.Add($"{week}, cell '{id}':\n  live:   {Clip(liveOutputs)}\n  kernel: {Clip(kernelOutputs)}");
                }
            }
        }

        Assert.True(compared > 300, $"only {compared} cells were compared");
        Assert.True(differences.Count == 0, $"{differences.Count} of {compared} cells differ between the browser and the kernel:\n{string.Join("\n", differences)}");
    }

    /// <summary>Runs a week's live page top to bottom ('Run all') and gives back the cells of the notebook it downloads.</summary>
    private async Task<JsonArray> RunLiveAsync(Browser browser, string week)
    {
        var page = await LivePages.OpenAsync(browser, site.LivePage(week, "?timelimit=600"));
        await LivePages.RunAllAsync(page);
        var cells = await LivePages.DownloadAsync(page, Path.Combine(site.Folder, $"live-{week}.ipynb"));
        await page.CloseAsync();
        return cells;
    }

    /// <summary>
    /// A cell's outputs as comparable text: each output's type, then its stream name and text, its error name and message
    /// (tracebacks differ between the kernel and the page), or each mime type and its value (JSON re-serialised, mime types in order). Random
    /// element ids and measured times are blanked.
    /// </summary>
    private static string Describe(JsonArray outputs) => string.Join("\n", outputs.Select(output => (string?)output!["output_type"] switch
    {
        "stream" => $"stream {(string?)output["name"]}: {Text(output["text"])}",
        "error" => $"error {(string?)output["ename"]}: {(string?)output["evalue"]}",
        var type => $"{type} " + string.Join(" | ", output["data"]!.AsObject().OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => $"{pair.Key}: {Value(pair.Key, pair.Value)}")),
    })).Replace("\r\n", "\n") is var text ? Timing().Replace(RandomId().Replace(text, "ID"), "TIME") : string.Empty;

    /// <summary>The outputs' types, with each stream's name, error's name or display's mime types.</summary>
    private static string Shape(JsonArray outputs) => string.Join("\n", outputs.Select(output => (string?)output!["output_type"] switch
    {
        "stream" => $"stream {(string?)output["name"]}",
        "error" => $"error {(string?)output["ename"]}",
        var type => $"{type} {string.Join(", ", output["data"]!.AsObject().Select(pair => pair.Key).Order(StringComparer.Ordinal))}",
    }));

    private static string Value(string mimeType, JsonNode? value)
    {
        var text = Text(value);
        if (mimeType.EndsWith("json", StringComparison.Ordinal) && text is not null)
        {
            return JsonNode.Parse(text)?.ToJsonString(s_readableJson) ?? text;
        }

        return text ?? string.Empty;
    }

    private static string? Text(JsonNode? value) => value switch
    {
        JsonArray lines => string.Concat(lines.Select(line => (string?)line)),
        JsonValue scalar when scalar.TryGetValue(out string? single) => single,
        null => null,
        var other => other.ToJsonString(),
    };

    private static string Source(JsonNode cell) => Text(cell["source"]) ?? string.Empty;

    private static string Clip(string text) => text.Length > 400 ? text[..400] + "…" : text;

    [GeneratedRegex("calculus-(figure|sandpit)-[0-9a-f]{32}")]
    private static partial Regex RandomId();

    [GeneratedRegex(@"(?<![\w.\\])\d+(\.\d+)? ?(ms|s|μs)\b")]
    private static partial Regex Timing();
}
