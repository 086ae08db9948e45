using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Course.Tests.TestSupport;
using Xunit.Abstractions;

namespace Course.Tests.Jupyter;

/// <summary>
/// The second, independent proof that the course works: every instructor notebook executed by the real
/// dotnet-interactive tool (pinned in .config/dotnet-tools.json, the kernel VS Code and Jupyter start) over the Jupyter
/// protocol, with Debian's python3-nbclient, in strict mode (COURSE_STRICT_CHECKS=1, so a failed check is an error).
/// No cell may raise, no check may fail, and every notebook shows at least <see cref="MinimumFigures"/> Plotly figures
/// as <c>application/vnd.plotly.v1+json</c>. Fails, never skips, when python3-nbclient or the tool is missing. The
/// per-notebook timings are written to the test's output.
/// </summary>
[Collection(WholeCourseCollection.Name)]
public sealed class RealKernelTests(ITestOutputHelper output)
{
    /// <summary>The kernelspec the tool installs for C#, the one the notebooks name.</summary>
    private const string KernelName = ".net-csharp";

    /// <summary>Each week draws far more charts than this; fewer means figures stopped reaching the front ends.</summary>
    private const int MinimumFigures = 4;

    private const string PlotlyMimeType = "application/vnd.plotly.v1+json";

    /// <summary>The JSON form of a check's result (Calculus.Exercises.CheckResult.MimeType).</summary>
    private const string CheckResultMimeType = "application/vnd.calculus.check-result+json";

    /// <summary>Debian's Python, which has python3-nbclient (not whichever python3 comes first on PATH).</summary>
    private const string Python = "/usr/bin/python3";

    /// <summary>The longest one cell may run; the slowest cells take seconds.</summary>
    private const int CellTimeoutSeconds = 600;

    private static readonly TimeSpan s_toolTimeout = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan s_courseTimeout = TimeSpan.FromMinutes(45);

    [Fact]
    public async Task InstructorNotebooks_RealToolOverNbclientInStrictMode_RunCleanWithPlotlyFigures()
    {
        await RequireNbclientAsync();
        var notebooksFolder = Path.Combine(Repository.Root, "notebooks");
        var notebooks = Directory.GetFiles(notebooksFolder, "*.solution.ipynb").Order(StringComparer.Ordinal).ToArray();
        Assert.NotEmpty(notebooks);
        var sources = notebooks.ToDictionary(path => path, File.ReadAllBytes);

        var folder = Directory.CreateTempSubdirectory("real-kernel-").FullName;
        var kernels = Path.Combine(folder, "kernels");
        Directory.CreateDirectory(kernels);
        await InstallKernelSpecAsync(kernels, notebooksFolder);

        var executed = Path.Combine(folder, "executed");
        var summaryPath = Path.Combine(folder, "summary.json");
        var environment = new Dictionary<string, string>
        {
            ["JUPYTER_PATH"] = folder,
            ["JUPYTER_RUNTIME_DIR"] = Path.Combine(folder, "runtime"),
            ["COURSE_STRICT_CHECKS"] = "1",
            ["DOTNET_INTERACTIVE_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_NOLOGO"] = "1",
        };
        var script = Path.Combine(AppContext.BaseDirectory, "Jupyter", "execute_notebooks.py");
        var run = await ExternalProcess.RunAsync(
            Python,
            [script, "--kernel", KernelName, "--timeout", CellTimeoutSeconds.ToString(CultureInfo.InvariantCulture), "--out", executed, "--summary", summaryPath, .. notebooks],
            notebooksFolder,
            s_courseTimeout,
            environment);
        output.WriteLine(run.Output);
        Assert.True(run.ExitCode == 0 && File.Exists(summaryPath), $"nbclient did not finish (exit code {run.ExitCode}):\n{run.Everything}");

        var problems = new List<string>();
        var timings = new StringBuilder();
        foreach (var entry in JsonNode.Parse(File.ReadAllText(summaryPath))!.AsArray())
        {
            var name = (string)entry!["notebook"]!;
            timings.AppendLine(CultureInfo.InvariantCulture, $"{name}: {(double)entry["seconds"]!:F1} s");
            if ((string?)entry["failure"] is { } failure)
            {
                problems.Add($"{name}: the executor stopped: {failure} (kernel log: {(string)entry["executed"]!}.kernel.log)");
            }

            problems.AddRange(Inspect(name, JsonNode.Parse(File.ReadAllText((string)entry["executed"]!))!));
        }

        Assert.All(sources, source => Assert.Equal(source.Value, File.ReadAllBytes(source.Key)));
        Assert.True(problems.Count == 0, $"In the real kernel over Jupyter (executed copies in {executed}):\n{string.Join('\n', problems)}\n\nTimings:\n{timings}");
        Directory.Delete(folder, recursive: true);
    }

    /// <summary>Every problem in one executed notebook: error outputs, failed checks, too few Plotly figures.</summary>
    private static IEnumerable<string> Inspect(string name, JsonNode notebook)
    {
        var figures = 0;
        var cells = notebook["cells"]!.AsArray();
        for (var index = 0; index < cells.Count; index++)
        {
            var cell = cells[index]!;
            var where = $"{name}: cell {index + 1} (id {(string?)cell["id"]})";
            var outputs = cell["outputs"]?.AsArray() ?? [];
            foreach (var output in outputs)
            {
                if ((string?)output!["output_type"] == "error")
                {
                    // The kernel reports a compile error as "compilation error" and its diagnostics on stderr.
                    var diagnostics = outputs
                        .Where(o => (string?)o!["output_type"] == "stream" && (string?)o["name"] == "stderr")
                        .SelectMany(o => Text(o!["text"]).Split('\n'))
                        .Where(line => line.Contains("error CS", StringComparison.Ordinal));
                    var message = string.Join(" ", [Text(output["evalue"]).Split('\n')[0], .. diagnostics]);
                    yield return $"{where}: error {(string?)output["ename"]}: {message}";
                }

                if (output["data"] is not JsonObject data)
                {
                    continue;
                }

                if (data[CheckResultMimeType] is { } check && ParseMimeJson(check) is { } result && (bool?)result["passed"] == false)
                {
                    yield return $"{where}: failed check '{(string?)result["title"]}': {string.Join("; ", result["details"]?.AsArray().Select(d => (string?)d) ?? [])}";
                }

                if (data[PlotlyMimeType] is { } figure)
                {
                    if (ParseMimeJson(figure)?["data"] is JsonArray)
                    {
                        figures++;
                    }
                    else
                    {
                        yield return $"{where}: {PlotlyMimeType} holds no Plotly figure";
                    }
                }
            }
        }

        if (figures < MinimumFigures)
        {
            yield return $"{name}: {figures} output(s) carry {PlotlyMimeType}, expected at least {MinimumFigures}";
        }
    }

    /// <summary>Text as nbformat stores it: one string, or a list of lines.</summary>
    private static string Text(JsonNode? value) => value switch
    {
        JsonArray lines => string.Concat(lines.Select(line => (string?)line)),
        _ => (string?)value ?? "",
    };

    /// <summary>A JSON mime value as Jupyter stores it: an object (as VS Code writes it), or JSON text (as the tool sends it), possibly split into lines.</summary>
    private static JsonNode? ParseMimeJson(JsonNode value) => value switch
    {
        JsonObject json => json,
        JsonValue text when text.TryGetValue<string>(out var json) => TryParse(json),
        JsonArray => TryParse(Text(value)),
        _ => null,
    };

    private static JsonNode? TryParse(string json)
    {
        try
        {
            return JsonNode.Parse(json);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    private static async Task RequireNbclientAsync()
    {
        var missing = $"Debian's python3-nbclient is needed to run the notebooks over Jupyter: apt-get install python3-nbclient (bash .ci/run installs it).";
        Assert.True(File.Exists(Python), $"{Python} is missing. {missing}");
        var probe = await ExternalProcess.RunAsync(Python, ["-c", "import nbclient, nbformat"], Repository.Root, s_toolTimeout);
        Assert.True(probe.ExitCode == 0, $"{missing}\n{probe.Everything}");
    }

    /// <summary>
    /// Restores the pinned tool and installs its kernelspecs into <paramref name="kernels"/>; checks that the
    /// kernelspec's command, <c>dotnet interactive jupyter</c>, started in the notebooks' folder, runs the pinned tool.
    /// </summary>
    private async Task InstallKernelSpecAsync(string kernels, string notebooksFolder)
    {
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(Repository.Root, ".config", "dotnet-tools.json")))!;
        var pinned = (string)manifest["tools"]!["microsoft.dotnet-interactive"]!["version"]!;
        var noTelemetry = new Dictionary<string, string> { ["DOTNET_INTERACTIVE_CLI_TELEMETRY_OPTOUT"] = "1", ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1", ["DOTNET_NOLOGO"] = "1" };

        var restore = await ExternalProcess.RunAsync("dotnet", ["tool", "restore"], Repository.Root, s_toolTimeout, noTelemetry);
        Assert.True(restore.ExitCode == 0, $"dotnet tool restore failed: the dotnet-interactive tool {pinned} is missing.\n{restore.Everything}");

        var version = await ExternalProcess.RunAsync("dotnet", ["interactive", "--version"], notebooksFolder, s_toolTimeout, noTelemetry);
        Assert.True(version.ExitCode == 0 && version.Output.Trim().StartsWith(pinned, StringComparison.Ordinal), $"'dotnet interactive' in {notebooksFolder} is not the pinned tool {pinned}:\n{version.Everything}");

        var install = await ExternalProcess.RunAsync("dotnet", ["interactive", "jupyter", "install", "--path", kernels], Repository.Root, s_toolTimeout, noTelemetry);
        var kernelJson = Path.Combine(kernels, KernelName, "kernel.json");
        Assert.True(install.ExitCode == 0 && File.Exists(kernelJson), $"dotnet interactive jupyter install --path {kernels} failed:\n{install.Everything}");
        var argv = JsonNode.Parse(File.ReadAllText(kernelJson))!["argv"]!.AsArray().Select(a => (string?)a).ToArray();
        Assert.Equal(["dotnet", "interactive", "jupyter"], argv.Take(3));
        output.WriteLine($"dotnet-interactive {version.Output.Trim()}; kernelspec {kernelJson}: {string.Join(' ', argv)}");
    }
}
