using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Runner.Engine;
using Runner.Notebooks;

namespace Runner.Tests.Notebooks;

public sealed class OutputJsonTests
{
    private static readonly JsonSerializerOptions s_unescaped = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public void From_Stream_IsStreamOutputWithLines()
    {
        var json = OutputJson.From(new StreamOutput("stdout", "one\ntwo\n"), executionCount: 1);

        Assert.Equal("""{"name":"stdout","output_type":"stream","text":["one\n","two\n"]}""", json.ToJsonString());
    }

    [Fact]
    public void From_Display_IsDisplayDataWithJsonMimeTypesAsObjects()
    {
        var json = OutputJson.From(new DisplayOutput(new Dictionary<string, string>
        {
            ["text/html"] = "<div>\n</div>",
            ["application/vnd.plotly.v1+json"] = """{"data":[{"type":"scatter"}]}""",
        }), executionCount: 1);

        Assert.Equal(
            """{"data":{"application/vnd.plotly.v1+json":{"data":[{"type":"scatter"}]},"text/html":["<div>\n","</div>"]},"metadata":{},"output_type":"display_data"}""",
            json.ToJsonString(s_unescaped));
    }

    [Fact]
    public void From_Error_HasNameValueAndTraceback()
    {
        var json = OutputJson.From(new ErrorOutput("Error", "a\nb", ["a\n", "b"], 2), executionCount: 1);

        Assert.Equal("""{"ename":"Error","evalue":"a\nb","output_type":"error","traceback":["a\n","b"]}""", json.ToJsonString());
    }

    [Fact]
    public void From_Result_IsExecuteResultWithTheCellsExecutionCount()
    {
        var json = OutputJson.From(new ResultOutput(new Dictionary<string, string> { ["text/plain"] = "42" }), executionCount: 7);

        Assert.Equal("""{"data":{"text/plain":["42"]},"execution_count":7,"metadata":{},"output_type":"execute_result"}""", json.ToJsonString());
    }

    [Fact]
    public void CellOutputList_Update_ReplacesTheOutputWithItsIdInPlace()
    {
        var outputs = new CellOutputList(1, new HashSet<string>());

        outputs.Add(new DisplayOutput(Plain("first"), "a"));
        outputs.Add(new StreamOutput("stdout", "between\n"));
        outputs.Add(new DisplayUpdate("a", Plain("second")));
        var json = outputs.ToJson();

        Assert.Equal(2, json.Count);
        Assert.Equal("second", MultilineText.Read(json[0]!["data"]!["text/plain"]));
    }

    [Fact]
    public void CellOutputList_UpdateOfAnIdNeverDisplayed_IsAddedAsANewOutput()
    {
        var outputs = new CellOutputList(1, new HashSet<string>());

        outputs.Add(new DisplayUpdate("unseen", Plain("shown anyway")));
        outputs.Add(new DisplayUpdate("unseen", Plain("then replaced")));

        Assert.Equal("then replaced", MultilineText.Read(Assert.Single(outputs.ToJson())!["data"]!["text/plain"]));
    }

    [Fact]
    public void CellOutputList_UpdateOfAnIdAnEarlierCellDisplayed_ChangesNothingHere()
    {
        var displayIds = new HashSet<string>();
        var earlier = new CellOutputList(1, displayIds);
        var later = new CellOutputList(2, displayIds);

        earlier.Add(new DisplayOutput(Plain("first"), "a"));
        later.Add(new DisplayUpdate("a", Plain("second")));

        Assert.Equal("first", MultilineText.Read(earlier.ToJson()[0]!["data"]!["text/plain"]));
        Assert.Empty(later.ToJson());
    }

    [Fact]
    public void CellOutputList_FailedChecks_AreReadFromDisplaysAndTheCellsValueWithTheirFirstDetail()
    {
        var outputs = new CellOutputList(1, new HashSet<string>());
        const string MimeType = CellOutputList.CheckResultMimeType;

        outputs.Add(new DisplayOutput(new Dictionary<string, string> { [MimeType] = """{"passed":false,"title":"Exercise 1.1","details":["not done yet: write Slope","hint: rise over run"]}""" }));
        outputs.Add(new DisplayOutput(new Dictionary<string, string> { [MimeType] = """{"passed":true,"title":"Exercise 1.2"}""" }));
        outputs.Add(new ResultOutput(new Dictionary<string, string> { [MimeType] = """{"passed":false,"title":"Exercise 1.3"}""" }));

        Assert.Equal(["Exercise 1.1 (not done yet: write Slope)", "Exercise 1.3"], outputs.FailedChecks());
    }

    [Fact]
    public void CellOutputList_ConsecutiveTextOnOneStream_IsJoinedIntoOneOutput()
    {
        var outputs = new CellOutputList(1, new HashSet<string>());

        outputs.Add(new StreamOutput("stdout", "a\n"));
        outputs.Add(new StreamOutput("stdout", "b"));
        outputs.Add(new StreamOutput("stderr", "c\n"));
        outputs.Add(new StreamOutput("stdout", "d\n"));
        outputs.Add(new DisplayOutput(new Dictionary<string, string> { ["text/plain"] = "e" }));
        var json = outputs.ToJson();

        Assert.Equal(["stdout", "stderr", "stdout", null], json.Select(o => (string?)o!["name"]));
        Assert.Equal("a\nb", MultilineText.Read(json[0]!["text"]));
        Assert.Equal("display_data", (string?)json[3]!["output_type"]);
    }

    [Theory]
    [InlineData("", new string[0])]
    [InlineData("x", new[] { "x" })]
    [InlineData("x\n", new[] { "x\n" })]
    [InlineData("x\n\ny", new[] { "x\n", "\n", "y" })]
    public void Write_SplitsIntoLinesThatKeepTheirNewline(string text, string[] lines)
    {
        var array = MultilineText.Write(text);

        Assert.Equal(lines, array.Select(node => (string)node!));
        Assert.Equal(text, MultilineText.Read(array));
    }

    private static Dictionary<string, string> Plain(string text) => new() { ["text/plain"] = text };
}
