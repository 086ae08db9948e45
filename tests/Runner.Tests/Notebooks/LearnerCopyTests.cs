using System.Text.Json.Nodes;
using Runner.Notebooks;

namespace Runner.Tests.Notebooks;

public sealed class LearnerCopyTests
{
    [Fact]
    public void Generate_ExerciseCell_BecomesATodoAndAThrowThatCompilesInPlace()
    {
        var notebook = Parse("02-multivariate.solution.ipynb",
            Cell("a", "double Slope(double run, double rise)\n{\n    // BEGIN SOLUTION: return rise over run\n    return rise / run;\n    // END SOLUTION\n}", "exercise"),
            Cell("b", "Checks.Number(\"slope\", 2, () => Slope(1, 2))", "check"));

        var copy = Cells(LearnerCopy.Generate(notebook));

        Assert.Equal(
            "double Slope(double run, double rise)\n{\n    // TODO: return rise over run\n    throw new NotImplementedException(\"Exercise 2.1: return rise over run\");\n}",
            MultilineText.Read(copy[0]["source"]));
        Assert.Equal("Checks.Number(\"slope\", 2, () => Slope(1, 2))", MultilineText.Read(copy[1]["source"]));
    }

    [Fact]
    public void Generate_DrillCell_AnswerBecomesATodoAndThePlaceholder()
    {
        var notebook = Parse("01-what-is-calculus.solution.ipynb",
            Cell("d", "powerRule.Check(\n    // BEGIN SOLUTION: your derivative, as text such as \"3*x^2\"\n    \"15*x^4\"\n    // END SOLUTION\n)", "drill"),
            Cell("e", "// BEGIN SOLUTION\nvar a = 1;\n// END SOLUTION", "exercise"));

        var copy = Cells(LearnerCopy.Generate(notebook));

        Assert.Equal(
            "powerRule.Check(\n    // TODO: your derivative, as text such as \"3*x^2\"\n    Answer.Todo\n)",
            MultilineText.Read(copy[0]["source"]));
        Assert.Contains("Exercise 1.1: write your answer here", MultilineText.Read(copy[1]["source"])); // drills do not count as exercises
    }

    [Fact]
    public void Generate_SeveralExercisesAndASolutionOnlyCell_NumbersTheExercisesAndDropsTheCell()
    {
        var notebook = Parse("05-optimisation.solution.ipynb",
            Cell("one", "// BEGIN SOLUTION\nvar a = 1;\n// END SOLUTION", "exercise"),
            Cell("shown", "Console.WriteLine(\"the answer\");", "solution-only"),
            Cell("two", "// BEGIN SOLUTION: find b\nvar b = 2;\n// END SOLUTION", "exercise"));

        var copy = Cells(LearnerCopy.Generate(notebook));

        Assert.Equal(["one", "two"], copy.Select(c => (string?)c["id"]));
        Assert.Contains("Exercise 5.1: write your answer here", MultilineText.Read(copy[0]["source"]));
        Assert.Contains("Exercise 5.2: find b", MultilineText.Read(copy[1]["source"]));
    }

    [Fact]
    public void Generate_ExecutedInstructorNotebook_GivesACleanLearnerCopy()
    {
        var notebook = NotebookReader.Parse("01-x.solution.ipynb", """
            {"nbformat": 4, "nbformat_minor": 5, "metadata": {},
             "cells": [{"cell_type": "code", "id": "c", "execution_count": 3, "metadata": {"execution": {"iopub.execute_input": "t"}},
                        "outputs": [{"output_type": "stream", "name": "stdout", "text": "old"}], "source": "1 + 1"}]}
            """);

        var cell = Cells(LearnerCopy.Generate(notebook))[0];

        Assert.Empty(cell["outputs"]!.AsArray());
        Assert.Null(cell["execution_count"]);
        Assert.Null(cell["metadata"]!["execution"]);
    }

    [Theory]
    [InlineData("// BEGIN SOLUTION\nvar a = 1;", "exercise", "cell 1 (index 0, id 'x'), line 1: '// BEGIN SOLUTION' is never closed")]
    [InlineData("var a = 1;\n// END SOLUTION", "exercise", "line 2: '// END SOLUTION' with no '// BEGIN SOLUTION' before it")]
    [InlineData("// BEGIN SOLUTION\n// BEGIN SOLUTION\n// END SOLUTION", "exercise", "line 2: a second '// BEGIN SOLUTION'")]
    [InlineData("var a = 1;", "exercise", "is tagged 'exercise' but has no")]
    [InlineData("// BEGIN SOLUTION\nvar a = 1;\n// END SOLUTION", "check", "has solution markers but is tagged neither 'exercise' nor 'drill'")]
    [InlineData("drill.Check(Answer.Todo)", "drill", "is tagged 'drill' but has no")]
    public void Generate_MarkersThatDoNotPairUp_NameTheCellAndLine(string source, string tag, string expected)
    {
        var notebook = Parse("01-x.solution.ipynb", Cell("x", source, tag));

        var error = Assert.Throws<NotebookFormatException>(() => LearnerCopy.Generate(notebook));

        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void Generate_CellTaggedExerciseAndDrill_IsRefused()
    {
        var cell = Cell("x", "// BEGIN SOLUTION\n1\n// END SOLUTION", "exercise");
        cell["metadata"]!["tags"]!.AsArray().Add("drill");

        var error = Assert.Throws<NotebookFormatException>(() => LearnerCopy.Generate(Parse("01-x.solution.ipynb", cell)));

        Assert.Contains("is tagged both 'exercise' and 'drill'", error.Message);
    }

    [Fact]
    public void PathFor_InstructorNotebook_IsTheNameWithoutSolution()
    {
        Assert.Equal(Path.Combine("notebooks", "01-a.ipynb"), LearnerCopy.PathFor(Path.Combine("notebooks", "01-a.solution.ipynb")));
    }

    private static JsonObject Cell(string id, string source, string tag) => new()
    {
        ["cell_type"] = "code",
        ["id"] = id,
        ["execution_count"] = null,
        ["metadata"] = new JsonObject { ["tags"] = new JsonArray(tag) },
        ["outputs"] = new JsonArray(),
        ["source"] = MultilineText.Write(source),
    };

    private static Notebook Parse(string name, params JsonObject[] cells) =>
        NotebookReader.Parse(name, new JsonObject { ["nbformat"] = 4, ["nbformat_minor"] = 5, ["metadata"] = new JsonObject(), ["cells"] = new JsonArray(cells) }.ToJsonString());

    private static List<JsonObject> Cells(string notebookText) =>
        JsonNode.Parse(notebookText)!["cells"]!.AsArray().Select(c => c!.AsObject()).ToList();
}
