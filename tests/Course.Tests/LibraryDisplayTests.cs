using Course.Tests.TestSupport;
using Runner.Engine;

namespace Course.Tests;

/// <summary>The helper library's values, loaded into the kernel by #r, display with the mime types VS Code and Jupyter need.</summary>
[Collection(KernelCollection.Name)]
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
        var library = Repository.LibraryPath;
        using var session = new KernelSession();
        var sink = new Sink();

        var reference = await session.ExecuteAsync($"#r \"{library}\"\n#r \"{Path.Combine(Path.GetDirectoryName(library)!, "MathNet.Numerics.dll")}\"", sink);
        var result = await session.ExecuteAsync(code, sink);

        Assert.True(reference.Succeeded, reference.Error?.EValue);
        Assert.True(result.Succeeded, result.Error?.EValue);
        return new DisplayOutput(sink.Outputs.OfType<ResultOutput>().Single().Data);
    }

    private sealed class Sink : IOutputSink
    {
        public List<CellOutput> Outputs { get; } = [];

        public void Publish(CellOutput output) => Outputs.Add(output);
    }
}
