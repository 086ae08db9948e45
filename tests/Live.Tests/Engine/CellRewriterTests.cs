using Calculus.Live;
using Calculus.Live.Kernel;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Live.Tests.Engine;

/// <summary>The guards added to a cell before it compiles: a tick in every loop body, a depth scope in every method body.</summary>
public sealed class CellRewriterTests
{
    private const string Tick = "global::Calculus.Live.Kernel.CellGuard.Tick();";
    private const string Scope = "using var __cellGuardScope = global::Calculus.Live.Kernel.CellGuard.Scope();";

    /// <summary>The options the live engine parses cells with (ScriptSession's).</summary>
    private static readonly CSharpParseOptions s_script = new(LanguageVersion.Latest, DocumentationMode.None, SourceCodeKind.Script);

    private static SyntaxTree Parse(string code) => CSharpSyntaxTree.ParseText(code, s_script);

    private static SyntaxNode Rewrite(string code) => CellRewriter.AddGuards(Parse(code)).GetRoot();

    private static string Text(SyntaxNode node) => node.ToString();

    [Theory]
    [InlineData("while (n < 3) n++;")]
    [InlineData("while (n < 3) { n++; }")]
    [InlineData("do { n++; } while (n < 3);")]
    [InlineData("do n++; while (n < 3);")]
    [InlineData("for (var i = 0; i < 3; i++) n += i;")]
    [InlineData("foreach (var x in new[] { 1, 2 }) n += x;")]
    [InlineData("foreach (var (a, b) in new[] { (1, 2) }) { n += a + b; }")]
    [InlineData("foreach ((int a, int b) in new[] { (1, 2) }) n += a * b;")]
    public void AddGuards_EveryLoopKind_TicksFirstInItsBody(string loop)
    {
        var root = Rewrite("var n = 0;\n" + loop);

        var statement = root.DescendantNodes().OfType<StatementSyntax>().Single(node => node is WhileStatementSyntax or DoStatementSyntax or ForStatementSyntax or CommonForEachStatementSyntax);
        var body = statement switch
        {
            WhileStatementSyntax loopNode => loopNode.Statement,
            DoStatementSyntax loopNode => loopNode.Statement,
            ForStatementSyntax loopNode => loopNode.Statement,
            CommonForEachStatementSyntax loopNode => loopNode.Statement,
            _ => throw new InvalidOperationException(statement.Kind().ToString()),
        };
        var block = Assert.IsType<BlockSyntax>(body);
        Assert.Equal(Tick, Text(block.Statements[0]));
        Assert.Equal(2, block.Statements.Count);
    }

    [Fact]
    public void AddGuards_NestedLoops_EachTicks()
    {
        var root = Rewrite("for (var i = 0; i < 2; i++)\n    foreach (var c in \"ab\")\n        while (false) { }");

        Assert.Equal(3, root.DescendantNodes().OfType<ExpressionStatementSyntax>().Count(node => Text(node) == Tick));
    }

    [Fact]
    public void AddGuards_BlockBodiedMethod_OpensTheDepthScopeFirst()
    {
        var method = Rewrite("int Twice(int n)\n{\n    return 2 * n;\n}").DescendantNodes().OfType<MethodDeclarationSyntax>().Single();

        Assert.Equal(Scope, Text(method.Body!.Statements[0]));
        Assert.Equal("return 2 * n;", Text(method.Body.Statements[1]));
    }

    [Fact]
    public void AddGuards_ExpressionBodiedMethodReturningAValue_ReturnsItsExpression()
    {
        var method = Rewrite("int Twice(int n) => 2 * n;").DescendantNodes().OfType<MethodDeclarationSyntax>().Single();

        Assert.Null(method.ExpressionBody);
        Assert.Equal(Scope, Text(method.Body!.Statements[0]));
        var returned = Assert.IsType<ReturnStatementSyntax>(method.Body.Statements[1]);
        Assert.Equal("2 * n", Text(returned.Expression!));
    }

    [Fact]
    public void AddGuards_ExpressionBodiedVoidMethod_StaysAStatementWithoutReturn()
    {
        var method = Rewrite("void Say(string s) => Console.WriteLine(s);").DescendantNodes().OfType<MethodDeclarationSyntax>().Single();

        Assert.Equal(Scope, Text(method.Body!.Statements[0]));
        var statement = Assert.IsType<ExpressionStatementSyntax>(method.Body.Statements[1]);
        Assert.Equal("Console.WriteLine(s);", Text(statement).Trim());
        Assert.Empty(method.DescendantNodes().OfType<ReturnStatementSyntax>());
    }

    [Theory]
    [InlineData("async Task Wait() => await Task.Delay(1);")]
    [InlineData("async System.Threading.Tasks.Task Wait() => await Task.Delay(1);")]
    [InlineData("async ValueTask Wait() => await Task.Delay(1);")]
    public void AddGuards_ExpressionBodiedAsyncTaskMethod_StaysAStatementWithoutReturn(string code)
    {
        var method = Rewrite(code).DescendantNodes().OfType<MethodDeclarationSyntax>().Single();

        Assert.Equal(Scope, Text(method.Body!.Statements[0]));
        Assert.IsType<ExpressionStatementSyntax>(method.Body.Statements[1]);
        Assert.Empty(method.DescendantNodes().OfType<ReturnStatementSyntax>());
    }

    [Fact]
    public void AddGuards_ExpressionBodiedAsyncTaskOfT_ReturnsItsExpression()
    {
        var method = Rewrite("async Task<int> Later() => await Task.FromResult(1);").DescendantNodes().OfType<MethodDeclarationSyntax>().Single();

        Assert.IsType<ReturnStatementSyntax>(method.Body!.Statements[1]);
    }

    [Fact]
    public void AddGuards_NonAsyncTaskMethod_ReturnsItsTask()
    {
        // Without async, the expression is the Task itself and must be returned.
        var method = Rewrite("Task Wait() => Task.Delay(1);").DescendantNodes().OfType<MethodDeclarationSyntax>().Single();

        Assert.IsType<ReturnStatementSyntax>(method.Body!.Statements[1]);
    }

    [Theory]
    [InlineData("int Twice(int n) => 2 * n;", typeof(ReturnStatementSyntax))]
    [InlineData("void Say() => Console.WriteLine(1);", typeof(ExpressionStatementSyntax))]
    [InlineData("int Twice(int n) { return 2 * n; }", typeof(ReturnStatementSyntax))]
    public void AddGuards_LocalFunction_OpensTheDepthScope(string function, Type lastStatement)
    {
        var local = Rewrite("void Outer()\n{\n    " + function + "\n}").DescendantNodes().OfType<LocalFunctionStatementSyntax>().Single();

        Assert.Null(local.ExpressionBody);
        Assert.Equal(Scope, Text(local.Body!.Statements[0]));
        Assert.IsType(lastStatement, local.Body.Statements[^1]);
    }

    [Fact]
    public void AddGuards_TopLevelLocalFunctionInALoop_GetsBothGuards()
    {
        var root = Rewrite("for (var i = 0; i < 2; i++)\n{\n    int Square(int k) => k * k;\n    Console.WriteLine(Square(i));\n}");

        var local = root.DescendantNodes().OfType<LocalFunctionStatementSyntax>().Single();
        Assert.Equal(Scope, Text(local.Body!.Statements[0]));
        Assert.Single(root.DescendantNodes().OfType<ExpressionStatementSyntax>(), node => Text(node) == Tick);
    }

    [Theory]
    [InlineData("abstract class Shape\n{\n    public abstract double Area();\n}")]
    [InlineData("partial class Parts\n{\n    partial void Hook();\n}")]
    [InlineData("interface IArea\n{\n    double Area();\n}")]
    [InlineData("class Native\n{\n    [System.Runtime.InteropServices.DllImport(\"m\")]\n    static extern double cos(double x);\n}")]
    public void AddGuards_MethodWithoutBody_IsUntouched(string code)
    {
        var root = Rewrite(code);

        Assert.Equal(code, root.ToFullString());
    }

    [Fact]
    public void AddGuards_PartialMethodImplementation_GetsTheScopeButNotItsDeclaration()
    {
        var root = Rewrite("partial class Parts\n{\n    partial void Hook();\n    partial void Hook() { }\n}");

        var methods = root.DescendantNodes().OfType<MethodDeclarationSyntax>().ToList();
        Assert.Null(methods[0].Body);
        Assert.Equal(Scope, Text(methods[1].Body!.Statements.Single()));
    }

    [Fact]
    public void AddGuards_CellWithoutLoopsOrMethods_IsUnchanged()
    {
        const string code = "var x = 1; // one\n#nullable enable\nx + 1";

        Assert.Equal(code, Rewrite(code).ToFullString());
    }

    /// <summary>
    /// A cell with every shape the rewriter touches, laid out over lines as learners write it: expression bodies after a
    /// line break, bodies on the next line, comments at line ends.
    /// </summary>
    private const string EveryShape = """
        using System.Linq;
        int Twice(int n) => 2 * n; // doubled
        int Thrice(int n) =>
            3 * n;
        void Say(string text)
            => Console.WriteLine(text);
        async Task Pause() => await Task.Delay(1);
        int Commented(int n) =>
            // the identity, after a comment line

            n;
        double Slope(double x) =>
            throw new NotImplementedException("Student exercise");
        double Mean(double[] values)
        {
            var sum = 0.0;
            foreach (var value in values) sum += value;
            for (var i = 0; i < 0; i++)
            {
                sum += i;
            }
            return sum / values.Length;
        }
        var total = 0;
        while (total < 10)
            total += Twice(1);
        do
        {
            total--;
        }
        while (total > 5);
        foreach (var (a, b) in new[] { (1, 2) }) total += a * b;
        int Fib(int k)
        {
            int Step(int m) =>
                m < 2 ? m : Step(m - 1) + Step(m - 2);
            return Step(k);
        }
        abstract class Shape { public abstract double Area(); }
        class Square : Shape
        {
            public override double Area()
                => 1.0;
        }
        Say($"{Mean([1.0, 2.0])} {Thrice(total)} {Fib(5)}");
        total
        """;

    [Fact]
    public void AddGuards_EveryShape_KeepsTheLineOfEveryOriginalIdentifierAndLiteral()
    {
        var original = Parse(EveryShape);
        var rewritten = CellRewriter.AddGuards(original);

        var before = LearnerTokens(original.GetRoot());
        var after = LearnerTokens(rewritten.GetRoot());

        Assert.Equal(before.Select(token => token.Text), after.Select(token => token.Text));
        Assert.Equal(before, after);
    }

    [Fact]
    public void AddGuards_EveryShape_KeepsTheLineCount()
    {
        var original = Parse(EveryShape);
        var rewritten = CellRewriter.AddGuards(original);

        Assert.Equal(original.GetText().Lines.Count, rewritten.GetText().Lines.Count);
    }

    /// <summary>The identifiers and literals of the cell with their (line, column-independent) positions, skipping inserted guards.</summary>
    private static List<(string Text, int Line)> LearnerTokens(SyntaxNode root) => root.DescendantTokens()
        .Where(token => token.IsKind(SyntaxKind.IdentifierToken) || token.IsKind(SyntaxKind.NumericLiteralToken) || token.IsKind(SyntaxKind.StringLiteralToken) || token.IsKind(SyntaxKind.InterpolatedStringTextToken))
        .Where(token => !token.Parent!.AncestorsAndSelf().OfType<StatementSyntax>().Any(statement => statement.ToString() is Tick or Scope))
        .Select(token => (token.Text, token.GetLocation().GetLineSpan().StartLinePosition.Line))
        .ToList();

    [Theory]
    [InlineData("int Twice(int n) => 2 * n;\nTwice(21)")]
    [InlineData("void Say(string s) => Console.WriteLine(s);\nSay(\"hi\");")]
    [InlineData("async Task Pause() => await Task.Delay(1);\nawait Pause();")]
    [InlineData("async Task<int> Later() => await Task.FromResult(1);\nawait Later()")]
    [InlineData("int Stub(int n) => throw new NotImplementedException(\"Student exercise\");")]
    [InlineData("void Fail() => throw new InvalidOperationException();")]
    [InlineData("int Find(int[] xs)\n{\n    int Inner(int i) => throw new ArgumentException();\n    return Inner(0);\n}")]
    [InlineData("ref int First(int[] xs) => ref xs[0];")]
    [InlineData("IEnumerable<int> Count() { yield return 1; }\nforeach (var (i, j) in Count().Select(i => (i, i))) { }")]
    [InlineData("int Outer() { int Inner() { return 1; } return Inner(); }\nOuter()")]
    [InlineData("class Counter { int _n; public int Next() => _n++; public void Reset() => _n = 0; public override string ToString() => $\"{_n}\"; }")]
    public void AddGuards_ValidCell_StillCompiles(string code)
    {
        Assert.Empty(ErrorsAfterGuarding(code));
    }

    [Fact]
    public void AddGuards_EveryShape_StillCompiles()
    {
        Assert.Empty(ErrorsAfterGuarding(EveryShape));
    }

    private static IEnumerable<string> ErrorsAfterGuarding(string code)
    {
        var tree = CellRewriter.AddGuards(Parse(code));
        var compilation = CSharpCompilation.CreateScriptCompilation(
            "Guarded",
            tree,
            [.. Basic.Reference.Assemblies.Net100.References.All, MetadataReference.CreateFromFile(typeof(CellGuard).Assembly.Location)],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, usings: ["System", "System.Collections.Generic", "System.Linq", "System.Threading.Tasks"]));

        return compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).Select(diagnostic => diagnostic.ToString()).ToList();
    }
}
