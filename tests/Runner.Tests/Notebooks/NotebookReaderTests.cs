using Runner.Notebooks;
using Runner.Tests.TestSupport;

namespace Runner.Tests.Notebooks;

public sealed class NotebookReaderTests
{
    [Fact]
    public void Read_MalformedJson_ThrowsNamingTheFileAndThePosition()
    {
        var error = Assert.Throws<NotebookFormatException>(() => NotebookReader.Read(Fixtures.PathOf("malformed.ipynb")));

        Assert.StartsWith(Fixtures.PathOf("malformed.ipynb") + ": not valid JSON at line 5, column 3:", error.Message);
    }

    [Fact]
    public void Read_Nbformat3_IsRejected()
    {
        var error = Assert.Throws<NotebookFormatException>(() => NotebookReader.Read(Fixtures.PathOf("nbformat3.ipynb")));

        Assert.Contains("is nbformat 3; the runner reads nbformat 4 only", error.Message);
    }

    [Fact]
    public void Read_MissingFile_ThrowsNamingIt()
    {
        var error = Assert.Throws<NotebookFormatException>(() => NotebookReader.Read("no/such/notebook.ipynb"));

        Assert.StartsWith("no/such/notebook.ipynb: cannot be read", error.Message);
    }

    [Fact]
    public void Read_FSharpCell_ThrowsNamingTheCellAndItsKernel()
    {
        var error = Assert.Throws<NotebookFormatException>(() => NotebookReader.Read(Fixtures.PathOf("fsharp-cell.ipynb")));

        Assert.EndsWith("cell 1 (index 0, id 'fsharp') is in the 'fsharp' kernel; the course is C# only (and markdown cells).", error.Message);
    }

    [Fact]
    public void Read_CSharpCellSwitchingToAnotherKernel_ThrowsNamingTheCellAndLine()
    {
        var error = Assert.Throws<NotebookFormatException>(() => NotebookReader.Read(Fixtures.PathOf("fsharp-switch.ipynb")));

        Assert.EndsWith("cell 1 (index 0, id 'switch'), line 2: '#!fsharp' switches to the 'fsharp' kernel; the course is C# only.", error.Message);
    }

    [Theory]
    [InlineData("#!pwsh\nGet-Date", "'pwsh' kernel")]
    [InlineData("\n#!javascript\nconsole.log(1)", "'javascript' kernel")]
    public void Parse_FirstLineNamingAnotherKernel_IsThatKernelsCellAndRejected(string source, string expected)
    {
        var json = $$"""{"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": [{"cell_type": "code", "id": "x", "metadata": {}, "source": {{System.Text.Json.JsonSerializer.Serialize(source)}}}]}""";

        var error = Assert.Throws<NotebookFormatException>(() => NotebookReader.Parse("other.ipynb", json));

        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void Read_MagicCommandsAndNuGetReferences_AreCSharpCellsForTheKernelToRun()
    {
        var notebook = NotebookReader.Read(Fixtures.PathOf("kernel-parity.ipynb"));

        Assert.All(notebook.Cells.Where(c => c.Type == CellType.Code), cell => Assert.True(cell.IsCSharp, cell.Describe()));
    }

    [Fact]
    public void Parse_CellKernel_FollowsPolyglotOrderOfPrecedence()
    {
        var notebook = NotebookReader.Parse("test.ipynb", """
            {"nbformat": 4, "nbformat_minor": 5,
             "metadata": {"polyglot_notebook": {"kernelInfo": {"defaultKernelName": "markdown"}}},
             "cells": [
              {"cell_type": "code", "id": "a", "metadata": {"polyglot_notebook": {"kernelName": "csharp"}, "dotnet_interactive": {"language": "markdown"}}, "source": "1"},
              {"cell_type": "code", "id": "b", "metadata": {"dotnet_interactive": {"language": "csharp"}}, "source": "1"},
              {"cell_type": "code", "id": "c", "metadata": {}, "source": ["#!csharp\n", "1"]},
              {"cell_type": "code", "id": "d", "metadata": {}, "source": "1"},
              {"cell_type": "markdown", "id": "e", "metadata": {}, "source": "# Title"}
             ]}
            """);

        Assert.Equal([true, true, true, false, false], notebook.Cells.Select(c => c.IsCSharp));
    }

    [Theory]
    [InlineData("""{"polyglot_notebook": {"defaultKernelName": "fsharp"}}""")]
    [InlineData("""{"dotnet_interactive": {"defaultKernelName": "fsharp"}}""")]
    public void Parse_DefaultKernelWithoutKernelInfoOrUnderLegacyKey_IsRead(string metadata)
    {
        var json = $$"""{"nbformat": 4, "nbformat_minor": 4, "metadata": {{metadata}}, "cells": [{"cell_type": "code", "metadata": {}, "source": "let x = 1"}]}""";

        var error = Assert.Throws<NotebookFormatException>(() => NotebookReader.Parse("legacy.ipynb", json));

        Assert.Contains("'fsharp' kernel", error.Message);
    }

    [Fact]
    public void Parse_ExecutionMetadataAndTags_AreRead()
    {
        var notebook = NotebookReader.Parse("test.ipynb", """
            {"nbformat": 4, "nbformat_minor": 5, "metadata": {"execution": {"timeout": 2.5, "allow_errors": true}},
             "cells": [{"cell_type": "code", "id": "x", "metadata": {"tags": ["raises-exception", "skip-execution"]}, "source": ["var a = 1;\n", "a"]}]}
            """);

        var cell = Assert.Single(notebook.Cells);
        Assert.Equal(TimeSpan.FromSeconds(2.5), notebook.Timeout);
        Assert.True(notebook.AllowErrors);
        Assert.True(cell.RaisesException);
        Assert.True(cell.SkipExecution);
        Assert.Equal("var a = 1;\na", cell.Source);
    }

    [Fact]
    public void Parse_TimeoutMinusOne_MeansNoLimit()
    {
        var notebook = NotebookReader.Parse("t.ipynb", """{"nbformat": 4, "nbformat_minor": 5, "metadata": {"execution": {"timeout": -1}}, "cells": []}""");

        Assert.Equal(Timeout.InfiniteTimeSpan, notebook.Timeout);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    [InlineData("\"ten\"")]
    public void Parse_TimeoutThatIsNotPositive_IsRejected(string timeout)
    {
        var json = $$$"""{"nbformat": 4, "nbformat_minor": 5, "metadata": {"execution": {"timeout": {{{timeout}}}}}, "cells": []}""";

        var error = Assert.Throws<NotebookFormatException>(() => NotebookReader.Parse("t.ipynb", json));

        Assert.Contains("metadata.execution.timeout", error.Message);
    }

    [Theory]
    [InlineData("[]", "expected a JSON object")]
    [InlineData("""{"nbformat": 4, "metadata": {}}""", "has no \"cells\" array")]
    [InlineData("""{"nbformat": 4, "cells": [{"cell_type": "code", "id": "q", "source": 3}]}""", "cell 1 (index 0, id 'q') has no \"source\"")]
    [InlineData("""{"nbformat": 4, "cells": [{"cell_type": "widget", "source": ""}]}""", "cell 1 (index 0) has cell_type 'widget'")]
    public void Parse_WrongShape_SaysWhatWasExpected(string json, string expected)
    {
        var error = Assert.Throws<NotebookFormatException>(() => NotebookReader.Parse("shape.ipynb", json));

        Assert.Contains(expected, error.Message);
    }
}
