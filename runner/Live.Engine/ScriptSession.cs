using System.Collections.Immutable;
using System.Reflection;
using System.Text;
using Calculus.Live.Kernel;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Calculus.Live;

/// <summary>
/// A chain of C# script submissions, as the .NET Interactive kernel keeps one: each cell compiles with Roslyn as a
/// submission that continues the previous one (so its variables, methods and usings carry on), then runs. A cell that
/// fails to compile leaves the chain as it was; one that throws while running stays in it, as in the kernel.
/// </summary>
internal sealed class ScriptSession
{
    /// <summary>The C# kernel's default imports.</summary>
    public static readonly ImmutableArray<string> DefaultUsings =
        ["System", "System.Text", "System.Collections", "System.Collections.Generic", "System.Threading.Tasks", "System.Linq"];

    private static readonly CSharpParseOptions s_parseOptions = new(LanguageVersion.Latest, DocumentationMode.None, SourceCodeKind.Script);
    private static int s_assemblies;

    /// <summary>The cells' assemblies by name: each later cell refers to the earlier ones, which the runtime cannot find by name itself.</summary>
    private static readonly Dictionary<string, Assembly> s_loaded = [];

    static ScriptSession()
    {
        System.Runtime.Loader.AssemblyLoadContext.Default.Resolving += (_, name) => name.Name is { } n && s_loaded.TryGetValue(n, out var found) ? found : null;
        AppDomain.CurrentDomain.AssemblyResolve += (_, args) => s_loaded.TryGetValue(new AssemblyName(args.Name).Name ?? string.Empty, out var found) ? found : null;
    }

    private readonly IReadOnlyList<MetadataReference> _references;
    private CSharpCompilation? _previous;
    private object?[] _submissions = new object?[8];
    private int _count;

    public ScriptSession(IReadOnlyList<MetadataReference> references)
    {
        _references = references;
    }

    /// <summary>Compiles and runs one cell, collecting its outputs into <paramref name="outputs"/>; false when it failed.</summary>
    public async Task<bool> RunAsync(string code, CellOutputs outputs)
    {
        var tree = CSharpSyntaxTree.ParseText(code, s_parseOptions, encoding: Encoding.UTF8);
        var compilation = Compile(CellRewriter.AddGuards(tree));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        if (!emitted.Success)
        {
            // Report the errors against the cell as written (the guards move columns on the lines they touch).
            var errors = Compile(tree).GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            if (errors.Count == 0 && !emitted.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
            {
                // Only directives such as usings: Roslyn has no code to emit, and the submission still carries them on.
                _previous = compilation;
                return true;
            }

            var lines = (errors.Count > 0 ? errors : [.. emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)]).Select(Describe).ToList();
            outputs.Error("Error", string.Join("\n", lines), lines);
            return false;
        }

        _previous = compilation;
        _count++;
        if (_submissions.Length <= _count)
        {
            Array.Resize(ref _submissions, _count * 2);
        }

        var assembly = Assembly.Load(image.ToArray());
        s_loaded[assembly.GetName().Name!] = assembly;
        var entryPoint = compilation.GetEntryPoint(CancellationToken.None)!;
        var type = assembly.GetType(entryPoint.ContainingType.MetadataName, throwOnError: true)!;
        var factory = type.GetMethod(entryPoint.MetadataName, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)!;
        try
        {
            var result = await ((Task<object?>)factory.Invoke(null, [_submissions])!).ConfigureAwait(true);
            if (HasResultExpression(tree))
            {
                outputs.Display(result, [], isResult: true);
            }

            return true;
        }
        catch (Exception e)
        {
            var thrown = e is TargetInvocationException { InnerException: { } inner } ? inner : e;
            outputs.Error(thrown.GetType().Name, thrown.Message, [$"{thrown.GetType().FullName}: {thrown.Message}", .. LearnerFrames(thrown)]);
            return false;
        }
    }

    /// <summary>One submission after the previous (object-typed result; built on one thread, as the browser has no other).</summary>
    private CSharpCompilation Compile(SyntaxTree tree) => CSharpCompilation.CreateScriptCompilation(
        $"LiveCell{Interlocked.Increment(ref s_assemblies)}",
        tree,
        _references,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, usings: DefaultUsings, optimizationLevel: OptimizationLevel.Debug, allowUnsafe: true, nullableContextOptions: NullableContextOptions.Disable, concurrentBuild: false),
        _previous,
        returnType: null);

    /// <summary>Whether the cell ends in an expression without a semicolon, whose value the kernel shows.</summary>
    private static bool HasResultExpression(SyntaxTree tree) =>
        tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.GlobalStatementSyntax>().LastOrDefault()?.Statement
            is Microsoft.CodeAnalysis.CSharp.Syntax.ExpressionStatementSyntax { SemicolonToken.IsMissing: true };

    private static string Describe(Diagnostic diagnostic)
    {
        var start = diagnostic.Location.GetLineSpan().StartLinePosition;
        var severity = diagnostic.Severity.ToString().ToLowerInvariant();
        return $"({start.Line + 1},{start.Character + 1}): {severity} {diagnostic.Id}: {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
    }

    private static IEnumerable<string> LearnerFrames(Exception e) =>
        (e.StackTrace ?? string.Empty).Split('\n').Select(line => line.TrimEnd()).Where(line => line.Length > 0).Take(12);
}
