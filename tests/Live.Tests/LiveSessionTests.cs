using System.Text.Json.Nodes;
using Calculus.Live;

namespace Live.Tests;

/// <summary>The live session on the desktop runtime: the same engine the browser hosts.</summary>
[Collection(LiveCollection.Name)]
public sealed class LiveSessionTests
{
    private static async Task<JsonObject> Run(LiveSession session, string code, int timeLimit = 5000) =>
        JsonNode.Parse(await session.RunCellAsync(code, timeLimit))!.AsObject();

    private static Task<LiveSession> Start() => LiveSession.StartAsync(Path.Combine(Path.GetTempPath(), "live-tests-course"));

    [Fact]
    public async Task RunCellAsync_UsingsOnly_Succeeds()
    {
        var session = await Start();
        var result = await Run(session, "using Calculus;");
        Assert.True((bool)result["ok"]!, result.ToJsonString());
    }

    [Fact]
    public async Task RunCellAsync_LaterCell_SeesEarlierVariablesMethodsAndUsings()
    {
        var session = await Start();
        await Run(session, "using Calculus.Data;\nvar points = Datasets.LinearWithUncertainties();");
        await Run(session, "int Twice(int n) => 2 * n;");
        var result = await Run(session, "Twice(points.Count)");
        Assert.True((bool)result["ok"]!, result.ToJsonString());
        var count = Calculus.Data.Datasets.LinearWithUncertainties().Count;
        Assert.Equal((2 * count).ToString(System.Globalization.CultureInfo.InvariantCulture), (string?)result["outputs"]![0]!["data"]!["text/plain"]);
        Assert.Equal("execute_result", (string?)result["outputs"]![0]!["output_type"]);
    }

    [Fact]
    public async Task RunCellAsync_ConsoleWrites_JoinIntoOneStdoutStream()
    {
        var session = await Start();
        var outputs = (await Run(session, "Console.Write(\"a\"); Console.WriteLine(\"b\"); Console.WriteLine(1.5);"))["outputs"]!.AsArray();
        var stream = Assert.Single(outputs);
        Assert.Equal("stream", (string?)stream!["output_type"]);
        Assert.Equal("ab\n1.5\n", ((string?)stream["text"])!.Replace("\r\n", "\n"));
    }

    [Fact]
    public async Task RunCellAsync_CompileError_NamesLineAndColumnAndKeepsState()
    {
        var session = await Start();
        await Run(session, "var kept = 41;");
        var failed = await Run(session, "var a = 1;\n  int y = \"text\";");
        Assert.False((bool)failed["ok"]!);
        var error = failed["outputs"]![0]!;
        Assert.Equal("error", (string?)error["output_type"]);
        Assert.StartsWith("(2,11): error CS0029", (string?)error["evalue"]);
        Assert.Equal("42", (string?)(await Run(session, "kept + 1"))["outputs"]![0]!["data"]!["text/plain"]);
    }

    [Fact]
    public async Task RunCellAsync_EndlessLoop_StopsAtTheTimeLimitAndTheNextCellRuns()
    {
        var session = await Start();
        await Run(session, "var before = 7;");
        var stopped = await Run(session, "while (true) { }", timeLimit: 300);
        Assert.False((bool)stopped["ok"]!);
        Assert.Equal("CellStoppedException", (string?)stopped["outputs"]![0]!["ename"]);
        Assert.Contains("time limit", (string?)stopped["outputs"]![0]!["evalue"]);
        Assert.Equal("8", (string?)(await Run(session, "before + 1"))["outputs"]![0]!["data"]!["text/plain"]);
    }

    [Fact]
    public async Task RunCellAsync_EndlessRecursion_IsACatchableErrorAndTheNextCellRuns()
    {
        var session = await Start();
        await Run(session, "int Down(int n) => Down(n + 1);");
        var failed = await Run(session, "Down(0)");
        Assert.Equal("InsufficientExecutionStackException", (string?)failed["outputs"]![0]!["ename"]);
        var caught = await Run(session, "string caught; try { Down(0); caught = \"no\"; } catch (InsufficientExecutionStackException) { caught = \"yes\"; }\ncaught");
        Assert.Equal("yes", (string?)caught["outputs"]![0]!["data"]!["text/plain"]);
    }

    [Fact]
    public async Task RunCellAsync_SetupDirectives_AreSatisfiedNotRun()
    {
        var session = await Start();
        var result = await Run(session, "#load \"setup.csx\"");
        Assert.True((bool)result["ok"]!);
        Assert.Equal("#load \"setup.csx\"", (string?)result["satisfied"]![0]);
        var reference = await Run(session, "#r \"../lib/bin/Release/net8.0/Calculus.dll\"\nusing Calculus.Exercises;");
        Assert.True((bool)reference["ok"]!, reference.ToJsonString());
        Assert.Single(reference["satisfied"]!.AsArray());
    }

    [Fact]
    public async Task RunCellAsync_LibraryValue_ShowsInItsPreferredMimeTypes()
    {
        var session = await Start();
        var result = await Run(session, "using Calculus.Exercises;\nChecks.Number(\"two\", 2, () => 3.0)");
        var data = result["outputs"]![0]!["data"]!.AsObject();
        Assert.True(data.ContainsKey("text/html"), result.ToJsonString());
        Assert.True(data.ContainsKey("text/plain"));
    }

    [Fact]
    public async Task RunCellAsync_Display_PublishesADisplayDataOutput()
    {
        var session = await Start();
        var result = await Run(session, "display(new Calculus.Display.Latex(\"x^2\"));");
        var output = Assert.Single(result["outputs"]!.AsArray());
        Assert.Equal("display_data", (string?)output!["output_type"]);
        Assert.Equal("$$x^2$$", (string?)output["data"]!["text/latex"]);
    }
}
