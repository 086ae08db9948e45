using Runner.Engine;

namespace Course.Tests;

/// <summary>The helper library's values, loaded into a notebook session by #r, display as the kernel would show them.</summary>
public sealed class LibraryDisplayTests
{
    [Fact]
    public async Task Display_LibraryLatex_IsTextLatexWithDelimitersAndPlainText()
    {
        var display = await DisplayOfLastExpressionAsync("new Calculus.Display.Latex(@\"x^{2}\", \"x^2\")");

        Assert.Equal("$$x^{2}$$", display.Data["text/latex"]);
        Assert.Equal("x^2", display.Data["text/plain"]);
        Assert.Equal(2, display.Data.Count);
    }

    [Fact]
    public async Task Display_TypesetMathNetMatrix_IsAMatrixInLatex()
    {
        var display = await DisplayOfLastExpressionAsync(
            "using Calculus.Display;\nMathNet.Numerics.LinearAlgebra.Matrix<double>.Build.DenseOfArray(new double[,] { { 1, 2 }, { 3, 4 } }).Typeset()");

        Assert.Equal(@"$$\begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix}$$", display.Data["text/latex"]);
    }

    private static async Task<DisplayOutput> DisplayOfLastExpressionAsync(string code)
    {
        var library = LibraryPath();
        var session = new ScriptSession(Path.GetDirectoryName(library)!);
        var sink = new Sink();

        var reference = await session.ExecuteAsync($"#r \"{Path.GetFileName(library)}\"\n#r \"MathNet.Numerics.dll\"", "setup", sink);
        var result = await session.ExecuteAsync(code, "cell", sink);

        Assert.True(reference.Succeeded, reference.Error?.EValue);
        Assert.True(result.Succeeded, result.Error?.EValue);
        return sink.Outputs.OfType<DisplayOutput>().Single();
    }

    /// <summary>The library as notebooks load it: the DLL in lib/bin with MathNet beside it.</summary>
    private static string LibraryPath()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "MultivariateCalculus.slnx")))
        {
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("The repository root was not found above the test folder.");
        }

        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";
        var path = Path.Combine(root, "lib", "bin", configuration, "net8.0", "Calculus.dll");
        Assert.True(File.Exists(path), $"The library was not built at {path}.");
        Assert.True(File.Exists(Path.Combine(Path.GetDirectoryName(path)!, "MathNet.Numerics.dll")), "MathNet.Numerics.dll is not beside the library.");
        return path;
    }

    private sealed class Sink : IOutputSink
    {
        public List<CellOutput> Outputs { get; } = [];

        public void Publish(CellOutput output) => Outputs.Add(output);
    }
}
