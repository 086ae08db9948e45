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
        var json = OutputJson.From(new StreamOutput("stdout", "one\ntwo\n"));

        Assert.Equal("""{"name":"stdout","output_type":"stream","text":["one\n","two\n"]}""", json.ToJsonString());
    }

    [Fact]
    public void From_Display_IsDisplayDataWithJsonMimeTypesAsObjects()
    {
        var json = OutputJson.From(new DisplayOutput(new Dictionary<string, string>
        {
            ["text/html"] = "<div>\n</div>",
            ["application/vnd.plotly.v1+json"] = """{"data":[{"type":"scatter"}]}""",
        }));

        Assert.Equal(
            """{"data":{"application/vnd.plotly.v1+json":{"data":[{"type":"scatter"}]},"text/html":["<div>\n","</div>"]},"metadata":{},"output_type":"display_data"}""",
            json.ToJsonString(s_unescaped));
    }

    [Fact]
    public void From_Error_HasNameValueAndTraceback()
    {
        var json = OutputJson.From(new ErrorOutput("Error", "a\nb", ["a\n", "b"], 2));

        Assert.Equal("""{"ename":"Error","evalue":"a\nb","output_type":"error","traceback":["a\n","b"]}""", json.ToJsonString());
    }

    [Fact]
    public void CellOutputList_ConsecutiveTextOnOneStream_IsJoinedIntoOneOutput()
    {
        var outputs = new CellOutputList();

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
}
