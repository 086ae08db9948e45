using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Xml.Linq;
using Runner.Tests.TestSupport;

namespace Runner.Tests.Cli;

/// <summary><c>run --parallel N</c> end to end: notebooks in parallel workers, reported in input order.</summary>
public sealed class ParallelRunTests : IDisposable
{
    private const int Sigterm = 15;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static int IndexOf(RunnerProcess.Result result, string text)
    {
        var index = result.Stdout.IndexOf(text, StringComparison.Ordinal);
        Assert.True(index >= 0, $"'{text}' is not in the output:\n{result.Output}");
        return index;
    }

    [Fact]
    public void Run_ParallelTwo_FailingNotebookFirstFinishingLast_ReportsInInputOrderAndExitsOne()
    {
        // a.ipynb fails, but only once the runner has written b.ipynb's executed copy: b finishes first, if both run at once.
        NotebookJson.Write(_folder.File("a.ipynb"), ("waits", """
            var deadline = DateTime.UtcNow.AddSeconds(90);
            while (!System.IO.File.Exists("executed/b.ipynb") && DateTime.UtcNow < deadline) { System.Threading.Thread.Sleep(50); }
            System.Threading.Thread.Sleep(1000);
            throw new InvalidOperationException("a.ipynb fails after b.ipynb was written");
            """));
        NotebookJson.Write(_folder.File("b.ipynb"), ("adds", "1 + 1"));

        var result = RunnerProcess.Run(_folder.Path, "run", "a.ipynb", "b.ipynb", "--out", "executed", "--parallel", "2", "--junit", "junit.xml");

        Assert.Equal(1, result.ExitCode);
        // The log: both started before either ended, and b ended first ...
        Assert.True(IndexOf(result, "[2/2] b.ipynb: started") < IndexOf(result, "[2/2] b.ipynb: passed in"));
        Assert.True(IndexOf(result, "[1/2] a.ipynb: started") < IndexOf(result, "[2/2] b.ipynb: passed in"));
        Assert.True(IndexOf(result, "[2/2] b.ipynb: passed in") < IndexOf(result, "[1/2] a.ipynb: 1 failure(s) in"));
        // ... yet the table, the failure list and the report follow the input.
        Assert.Matches(@"│ a\.ipynb +│ 1 failure\(s\) +│", result.Stdout);
        Assert.Matches(@"│ b\.ipynb +│ passed +│", result.Stdout);
        Assert.True(IndexOf(result, "│ a.ipynb ") < IndexOf(result, "│ b.ipynb "));
        Assert.Contains("FAILED a.ipynb, cell 1 (index 0, id 'waits')", result.Output);
        Assert.Contains("2 notebook(s) run: 1 passed, 1 failed.", result.Output);
        Assert.True(File.Exists(_folder.File(Path.Combine("executed", "a.ipynb"))));
        var report = XDocument.Load(_folder.File("junit.xml"));
        var cases = report.Descendants("testcase").ToList();
        Assert.Equal(["a.ipynb", "b.ipynb"], cases.Select(c => (string)c.Attribute("name")!));
        Assert.StartsWith("a.ipynb, cell 1 (index 0, id 'waits')", (string?)cases[0].Element("failure")?.Attribute("message"));
        Assert.Empty(cases[1].Elements());
        Assert.Equal("1", (string?)report.Root!.Attribute("failures"));
    }

    [Fact]
    public void Run_ParallelOne_RunsOneNotebookAtATimeInInputOrder()
    {
        NotebookJson.Write(_folder.File("first.ipynb"), ("one", "1"));
        NotebookJson.Write(_folder.File("second.ipynb"), ("two", "2"));
        NotebookJson.Write(_folder.File("third.ipynb"), ("three", "3"));

        var result = RunnerProcess.Run(_folder.Path, "run", "third.ipynb", "first.ipynb", "second.ipynb", "--parallel", "1");

        Assert.Equal(0, result.ExitCode);
        string[] lines =
        [
            "[1/3] third.ipynb: started", "[1/3] third.ipynb: passed in",
            "[2/3] first.ipynb: started", "[2/3] first.ipynb: passed in",
            "[3/3] second.ipynb: started", "[3/3] second.ipynb: passed in",
        ];
        var positions = lines.Select(line => IndexOf(result, line)).ToList();
        Assert.Equal(positions.Order(), positions);
        Assert.True(IndexOf(result, "│ third.ipynb ") < IndexOf(result, "│ first.ipynb "));
        Assert.True(IndexOf(result, "│ first.ipynb ") < IndexOf(result, "│ second.ipynb "));
    }

    [Fact]
    public async Task Run_SigtermWhileTwoNotebooksRun_StopsBothWorkersAndExits130()
    {
        foreach (var name in new[] { "left", "right" })
        {
            NotebookJson.Write(_folder.File($"{name}.ipynb"), ("hang", $"System.IO.File.WriteAllText(\"{name}.pid\", Environment.ProcessId.ToString());\nSystem.Threading.Thread.Sleep(-1);"));
        }

        using var runner = RunnerProcess.Start(_folder.Path, "run", "left.ipynb", "right.ipynb", "--parallel", "2");
        var stdout = runner.StandardOutput.ReadToEndAsync();
        var stderr = runner.StandardError.ReadToEndAsync();
        var workers = new List<Process>();
        foreach (var name in new[] { "left", "right" })
        {
            workers.Add(Process.GetProcessById(await WaitForPidAsync(runner, _folder.File($"{name}.pid"))));
        }

        Assert.Equal(0, Kill(runner.Id, Sigterm));

        using (var patience = new CancellationTokenSource(TimeSpan.FromMinutes(1)))
        {
            try
            {
                await runner.WaitForExitAsync(patience.Token);
            }
            catch (OperationCanceledException)
            {
                runner.Kill(entireProcessTree: true);
                Assert.Fail("The runner did not stop within a minute of SIGTERM.");
            }
        }

        Assert.Equal(130, runner.ExitCode);
        Assert.Contains("Cancelled.", await stdout + await stderr);
        foreach (var worker in workers)
        {
            Assert.True(worker.WaitForExit(TimeSpan.FromSeconds(10)), "A worker outlived the cancelled run.");
            worker.Dispose();
        }
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);

    private static async Task<int> WaitForPidAsync(Process runner, string pidFile)
    {
        var waited = Stopwatch.StartNew();
        while (!File.Exists(pidFile) || new FileInfo(pidFile).Length == 0)
        {
            Assert.True(waited.Elapsed < TimeSpan.FromMinutes(2) && !runner.HasExited, $"The worker never started its cell ({Path.GetFileName(pidFile)}).");
            await Task.Delay(50);
        }

        return int.Parse(await File.ReadAllTextAsync(pidFile), System.Globalization.CultureInfo.InvariantCulture);
    }
}
