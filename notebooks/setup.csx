// Shared by every notebook (#load "setup.csx"): makes sure the course library is built, so that the next cell
// can #r it. It builds lib/ in Release when the DLL is missing or older than a source file, and otherwise only checks.
using System.Diagnostics;
using System.IO;

static string EnsureCourseLibrary()
{
    var library = Path.GetFullPath(Path.Combine("..", "lib"));
    var dll = Path.Combine(library, "bin", "Release", "net8.0", "Calculus.dll");
    var separator = Path.DirectorySeparatorChar;
    var newestSource = Directory.EnumerateFiles(library, "*.cs*", SearchOption.AllDirectories)
        .Where(path => !path.Contains($"{separator}bin{separator}") && !path.Contains($"{separator}obj{separator}"))
        .Max(File.GetLastWriteTimeUtc);
    if (File.Exists(dll) && File.GetLastWriteTimeUtc(dll) >= newestSource)
    {
        return "The course library is built and up to date.";
    }

    var start = new ProcessStartInfo("dotnet", $"build \"{library}\" -c Release -nologo -v q")
    {
        RedirectStandardOutput = true,
        RedirectStandardError = true,
    };
    using var build = Process.Start(start)!;
    var output = build.StandardOutput.ReadToEnd() + build.StandardError.ReadToEnd();
    build.WaitForExit();
    if (build.ExitCode != 0)
    {
        throw new InvalidOperationException($"Building the course library failed (dotnet build {library}):\n{output}");
    }

    return "Built the course library (lib/bin/Release/net8.0/Calculus.dll).";
}

Console.WriteLine(EnsureCourseLibrary());
