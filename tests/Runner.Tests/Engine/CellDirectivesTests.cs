using Runner.Engine;

namespace Runner.Tests.Engine;

public sealed class CellDirectivesTests
{
    [Theory]
    [InlineData("#!time\nvar x = 1;", 1, "#!time")]
    [InlineData("var x = 1;\n#!set --name x --value 2", 2, "#!set --name x --value 2")]
    [InlineData("#!csharp\n#!share --from fsharp x", 2, "#!share --from fsharp x")]
    [InlineData("#i \"nuget: https://example.org/feed\"", 1, "#i \"nuget: https://example.org/feed\"")]
    [InlineData("using System;\n  #r \"nuget: Newtonsoft.Json, 13.0.3\"", 2, "#r \"nuget: Newtonsoft.Json, 13.0.3\"")]
    public void Scan_KernelOnlyDirective_IsUnsupportedWithItsLine(string source, int line, string text)
    {
        var directive = Assert.Single(CellDirectives.Scan(source).Unsupported);

        Assert.Equal(line, directive.Line);
        Assert.Equal(text, directive.Text);
    }

    [Theory]
    [InlineData("#r \"../lib/bin/Calculus.dll\"\n#load \"helpers.csx\"")]
    [InlineData("#nullable enable\n#region Setup\nvar x = 1;\n#endregion")]
    [InlineData("#pragma warning disable CS0168\nvar s = \"#!time is only text here\";")]
    public void Scan_CSharpDirectives_AreAllowed(string source)
    {
        Assert.Empty(CellDirectives.Scan(source).Unsupported);
    }

    [Theory]
    [InlineData("#!csharp\nvar x = 1;", "csharp")]
    [InlineData("\n#!c#\nvar x = 1;", "c#")]
    [InlineData("#!fsharp\nlet x = 1", "fsharp")]
    [InlineData("var x = 1;", null)]
    public void Scan_FirstLineKernelName_IsTheSelector(string source, string? kernel)
    {
        Assert.Equal(kernel, CellDirectives.Scan(source).KernelSelector);
    }

    [Fact]
    public void Scan_KernelSelector_IsBlankedSoLinesKeepTheirNumbers()
    {
        var code = CellDirectives.Scan("#!csharp\nvar x = 1;").Code;

        Assert.Equal("\nvar x = 1;", code);
    }
}
