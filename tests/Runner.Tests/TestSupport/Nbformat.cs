using System.Diagnostics;

namespace Runner.Tests.TestSupport;

/// <summary>
/// The reference implementation of the notebook format: Jupyter's nbformat package, as Debian ships it
/// (python3-nbformat, installed by .ci/run). Its absence is a failure, never a skip.
/// </summary>
internal static class Nbformat
{
    private const string Script = """
        import sys
        try:
            import nbformat
        except ImportError:
            print("MISSING nbformat")
            sys.exit(3)
        failed = 0
        for path in sys.argv[1:]:
            try:
                notebook = nbformat.read(path, as_version=nbformat.NO_CONVERT)
                nbformat.validate(notebook)
                print(f"VALID {notebook.nbformat}.{notebook.nbformat_minor} {path}")
            except Exception as error:
                failed += 1
                print(f"INVALID {path}: {error}")
        sys.exit(1 if failed else 0)
        """;

    /// <summary>Validates each notebook; returns the validator's report, one line per file.</summary>
    public static (int ExitCode, string Report) Validate(IEnumerable<string> paths)
    {
        var python = Environment.GetEnvironmentVariable("NBFORMAT_PYTHON") ?? (File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3");
        var start = new ProcessStartInfo(python)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(Script);
        foreach (var path in paths)
        {
            start.ArgumentList.Add(path);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        var report = stdout.Result + stderr.Result;
        Assert.False(
            process.ExitCode == 3,
            $"{python} cannot import nbformat. Install Debian's python3-nbformat (apt-get install python3-nbformat; .ci/run does this) or point NBFORMAT_PYTHON at a Python that has it.");
        return (process.ExitCode, report);
    }
}
