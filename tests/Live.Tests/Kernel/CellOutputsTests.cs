using System.Text.Json.Nodes;
using Calculus.Live.Kernel;

namespace Live.Tests.Kernel;

/// <summary>A cell's outputs in nbformat's shape, in the order the cell produced them (the current collector is shared with live sessions).</summary>
[Collection(LiveCollection.Name)]
public sealed class CellOutputsTests
{
    [Fact]
    public void Write_ConsecutiveWritesToOneStream_JoinIntoOneOutput()
    {
        var outputs = new CellOutputs();

        outputs.Write("stdout", "a");
        outputs.Write("stdout", "b\n");
        outputs.Write("stdout", "c\n");

        var stream = Assert.Single(outputs.ToJson())!;
        Assert.Equal("stream", (string?)stream["output_type"]);
        Assert.Equal("stdout", (string?)stream["name"]);
        Assert.Equal("ab\nc\n", (string?)stream["text"]);
    }

    [Fact]
    public void Write_EmptyText_AddsNothing()
    {
        var outputs = new CellOutputs();

        outputs.Write("stdout", string.Empty);

        Assert.Empty(outputs.ToJson());
    }

    [Fact]
    public void Write_DisplayBetweenWrites_StartsANewStreamOutput()
    {
        var outputs = new CellOutputs();

        outputs.Write("stdout", "before\n");
        outputs.Display(3, [], isResult: false);
        outputs.Write("stdout", "after\n");

        var json = outputs.ToJson();
        Assert.Equal(["stream", "display_data", "stream"], json.Select(output => (string?)output!["output_type"]));
        Assert.Equal("before\n", (string?)json[0]!["text"]);
        Assert.Equal("after\n", (string?)json[2]!["text"]);
    }

    [Fact]
    public void Write_ErrorBetweenWrites_StartsANewStreamOutput()
    {
        var outputs = new CellOutputs();

        outputs.Write("stdout", "before\n");
        outputs.Error("Error", "bad", ["bad"]);
        outputs.Write("stdout", "after\n");

        Assert.Equal(["stream", "error", "stream"], outputs.ToJson().Select(output => (string?)output!["output_type"]));
    }

    [Fact]
    public void Write_StderrBetweenStdoutWrites_IsASeparateStream()
    {
        var outputs = new CellOutputs();

        outputs.Write("stdout", "one\n");
        outputs.Write("stderr", "warning\n");
        outputs.Write("stdout", "two\n");

        var json = outputs.ToJson();
        Assert.Equal(["stdout", "stderr", "stdout"], json.Select(output => (string?)output!["name"]));
        Assert.Equal(["one\n", "warning\n", "two\n"], json.Select(output => (string?)output!["text"]));
    }

    [Fact]
    public void Display_Result_IsAnExecuteResultWithNullCountAndEmptyMetadata()
    {
        var outputs = new CellOutputs();

        outputs.Display(42, [], isResult: true);

        var result = Assert.Single(outputs.ToJson())!.AsObject();
        Assert.Equal("execute_result", (string?)result["output_type"]);
        Assert.True(result.ContainsKey("execution_count"));
        Assert.Null(result["execution_count"]);
        Assert.Empty(result["metadata"]!.AsObject());
        Assert.Equal("42", (string?)result["data"]!["text/plain"]);
        Assert.Equal("""{"output_type":"execute_result","data":{"text/plain":"42"},"metadata":{},"execution_count":null}""", result.ToJsonString());
    }

    [Fact]
    public void Display_NotAResult_IsDisplayDataWithoutExecutionCount()
    {
        var outputs = new CellOutputs();

        outputs.Display("shown", [], isResult: false);

        var display = Assert.Single(outputs.ToJson())!.AsObject();
        Assert.Equal("display_data", (string?)display["output_type"]);
        Assert.False(display.ContainsKey("execution_count"));
        Assert.Empty(display["metadata"]!.AsObject());
        Assert.Equal("shown", (string?)display["data"]!["text/plain"]);
    }

    [Fact]
    public void Display_ExplicitMimeTypes_AreTheDataKeys()
    {
        var outputs = new CellOutputs();

        outputs.Display(new[] { 1, 2 }, [ValueFormatter.PlainText], isResult: false);

        var data = Assert.Single(outputs.ToJson())!["data"]!.AsObject();
        Assert.Equal([ValueFormatter.PlainText], data.Select(entry => entry.Key));
        Assert.Equal("[ 1, 2 ]", (string?)data[ValueFormatter.PlainText]);
    }

    [Fact]
    public void Display_Null_ShowsNothing()
    {
        var outputs = new CellOutputs();

        outputs.Display(null, [], isResult: true);
        outputs.Display(null, [], isResult: false);

        Assert.Empty(outputs.ToJson());
    }

    [Fact]
    public void Error_HasEnameEvalueAndTraceback()
    {
        var outputs = new CellOutputs();

        outputs.Error("InvalidOperationException", "thrown", ["System.InvalidOperationException: thrown", "   at Submission#1"]);

        var error = Assert.Single(outputs.ToJson())!.AsObject();
        Assert.Equal("error", (string?)error["output_type"]);
        Assert.Equal("InvalidOperationException", (string?)error["ename"]);
        Assert.Equal("thrown", (string?)error["evalue"]);
        Assert.Equal(["System.InvalidOperationException: thrown", "   at Submission#1"], error["traceback"]!.AsArray().Select(line => (string?)line));
    }

    [Fact]
    public void ToJson_IsACopy_LaterWritesDoNotChangeIt()
    {
        var outputs = new CellOutputs();
        outputs.Write("stdout", "a");

        var snapshot = outputs.ToJson();
        outputs.Write("stdout", "b");

        Assert.Equal("a", (string?)snapshot[0]!["text"]);
        Assert.Equal("ab", (string?)outputs.ToJson()[0]!["text"]);
    }

    [Fact]
    public void StreamWriter_WritesToTheCurrentCellsStream()
    {
        var outputs = CellOutputs.Begin();
        using var writer = CellOutputs.StreamWriter("stdout");

        writer.Write('x');
        writer.Write("yz");
        writer.WriteLine("!");

        Assert.Same(outputs, CellOutputs.Current);
        var stream = Assert.Single(outputs.ToJson())!;
        Assert.Equal("xyz!" + Environment.NewLine, (string?)stream["text"]);
    }

    [Fact]
    public void Begin_StartsAnEmptyCollector()
    {
        CellOutputs.Begin().Write("stdout", "old");

        var outputs = CellOutputs.Begin();

        Assert.Empty(outputs.ToJson());
        Assert.Same(outputs, CellOutputs.Current);
    }
}
