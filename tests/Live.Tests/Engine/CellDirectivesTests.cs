using Calculus.Live;

namespace Live.Tests.Engine;

/// <summary>The kernel's <c>#load</c> and <c>#r</c> lines, blanked in the browser where the page has loaded the library already.</summary>
public sealed class CellDirectivesTests
{
    [Fact]
    public void Strip_LoadAndReference_BlanksThemAndReportsThemInOrder()
    {
        var (code, satisfied) = CellDirectives.Strip("#load \"setup.csx\"\n  #r \"../lib/bin/Release/net8.0/Calculus.dll\"  \nusing Calculus;");

        Assert.Equal("\n\nusing Calculus;", code);
        Assert.Equal(["#load \"setup.csx\"", "#r \"../lib/bin/Release/net8.0/Calculus.dll\""], satisfied);
    }

    [Fact]
    public void Strip_DirectivesBetweenCode_KeepEveryLineNumber()
    {
        const string cell = "var a = 1;\n#r \"x.dll\"\nvar b = 2;\n#load \"y.csx\"\nvar c = 3;";

        var (code, satisfied) = CellDirectives.Strip(cell);

        var lines = code.Split('\n');
        Assert.Equal(5, lines.Length);
        Assert.Equal(["var a = 1;", string.Empty, "var b = 2;", string.Empty, "var c = 3;"], lines);
        Assert.Equal(2, satisfied.Count);
    }

    [Fact]
    public void Strip_CrLfInput_BlanksDirectivesAndKeepsTheLineCount()
    {
        var (code, satisfied) = CellDirectives.Strip("#load \"setup.csx\"\r\nvar x = 1;\r\n#r \"a.dll\"\r\nx");

        Assert.Equal("\nvar x = 1;\n\nx", code);
        Assert.Equal(["#load \"setup.csx\"", "#r \"a.dll\""], satisfied);
    }

    [Theory]
    [InlineData("var s = \"#r \\\"x.dll\\\"\";")]
    [InlineData("// #r \"x.dll\"")]
    [InlineData("#region \"setup\"")]
    [InlineData("#reference \"x.dll\"")]
    [InlineData("#r x.dll")]
    [InlineData("#loader \"x.csx\"")]
    [InlineData("Console.WriteLine(\"#load \\\"x.csx\\\"\");")]
    public void Strip_LineNotMatchingTheDirectivePattern_IsKept(string line)
    {
        var cell = line + "\nvar y = 2;";

        var (code, satisfied) = CellDirectives.Strip(cell);

        Assert.Equal(cell, code);
        Assert.Empty(satisfied);
    }

    [Fact]
    public void Strip_CellWithoutDirectives_IsUnchanged()
    {
        const string cell = "using Calculus;\n\nvar f = (double x) => x * x;\nf(3)";

        var (code, satisfied) = CellDirectives.Strip(cell);

        Assert.Equal(cell, code);
        Assert.Empty(satisfied);
    }

    [Fact]
    public void Strip_EmptyCell_StaysEmpty()
    {
        var (code, satisfied) = CellDirectives.Strip(string.Empty);

        Assert.Equal(string.Empty, code);
        Assert.Empty(satisfied);
    }
}
