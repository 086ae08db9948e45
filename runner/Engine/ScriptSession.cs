using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace Runner.Engine;

/// <summary>
/// One notebook's C# state, run the way the .NET Interactive C# kernel runs it: the first cell starts a
/// script, each later cell continues it, so variables, functions and usings persist. A runtime exception
/// keeps the state (with what was assigned before the throw); a compile error leaves it unchanged.
/// </summary>
public sealed class ScriptSession
{
    /// <summary>The kernel's default imports, exactly; anything else a notebook imports itself.</summary>
    public static readonly IReadOnlyList<string> DefaultImports =
    [
        "System",
        "System.Text",
        "System.Collections",
        "System.Collections.Generic",
        "System.Threading.Tasks",
        "System.Linq",
    ];

    private readonly string _workingDirectory;
    private readonly ScriptOptions _options;
    private readonly ScriptGlobals _globals;
    private ScriptState<object>? _state;

    /// <summary>Starts an empty session whose <c>#r</c> and <c>#load</c> paths are relative to <paramref name="workingDirectory"/> (the notebook's folder).</summary>
    public ScriptSession(string workingDirectory)
    {
        _workingDirectory = Path.GetFullPath(workingDirectory);
        _options = CreateOptions(_workingDirectory);
        _globals = new ScriptGlobals(Display);
    }

    /// <summary>
    /// Compiles and runs a throwaway script so that the compiler is loaded and jitted before the first cell:
    /// a cell's timeout then measures the cell, not the engine starting.
    /// </summary>
    public static async Task WarmUpAsync()
    {
        var script = CSharpScript.Create<object>("1 + 1", CreateOptions(Environment.CurrentDirectory), typeof(ScriptGlobals));
        await script.RunAsync(new ScriptGlobals((_, _) => { })).ConfigureAwait(false);
    }

    /// <summary>
    /// Compiles and runs one cell, publishing its outputs (console text, displayed values, the last
    /// expression's value) to <paramref name="sink"/> as they come. <paramref name="cellName"/> names the
    /// cell in stack traces, e.g. "notebook.ipynb[cell 3]".
    /// </summary>
    public async Task<CellResult> ExecuteAsync(string code, string cellName, IOutputSink sink)
    {
        var cellPath = Path.Combine(_workingDirectory, cellName);
        var directives = CellDirectives.Scan(code);
        if (directives.Unsupported.Count > 0)
        {
            var first = directives.Unsupported[0];
            return Fail(sink, ErrorOutputs.FromMessage(string.Join('\n', directives.Unsupported.Select(d => d.ToString())), first.Line));
        }

        var options = _options.WithFilePath(cellPath);
        var script = _state is null
            ? CSharpScript.Create<object>(directives.Code, options, typeof(ScriptGlobals))
            : _state.Script.ContinueWith<object>(directives.Code, options);

        var errors = script.Compile().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            return Fail(sink, ErrorOutputs.FromDiagnostics(errors, cellPath));
        }

        var displayValue = ReturnValue.IsDisplayed(script.GetCompilation());
        using (ConsoleCapture.Begin(sink))
        {
            var state = _state is null
                ? await script.RunAsync(_globals, catchException: _ => true).ConfigureAwait(false)
                : await script.RunFromAsync(_state, catchException: _ => true).ConfigureAwait(false);
            _state = state;
            if (state.Exception is not null)
            {
                return Fail(sink, ErrorOutputs.FromException(state.Exception, cellPath));
            }

            if (displayValue)
            {
                try
                {
                    Display(state.ReturnValue, []);
                }
                catch (Exception e)
                {
                    // Showing the value ran the value's own code (ToString, a lazy query, a formatter) and it threw.
                    return Fail(sink, ErrorOutputs.FromException(e, cellPath));
                }
            }
        }

        return CellResult.Success;
    }

    private static ScriptOptions CreateOptions(string workingDirectory) => ScriptOptions.Default
        .WithLanguageVersion(LanguageVersion.Latest)
        .WithReferences(ScriptReferences.Framework)
        .WithImports(DefaultImports)
        .WithMetadataResolver(ScriptMetadataResolver.Default.WithBaseDirectory(workingDirectory))
        .WithSourceResolver(ScriptSourceResolver.Default.WithBaseDirectory(workingDirectory))
        .WithEmitDebugInformation(true)
        .WithFileEncoding(Encoding.UTF8);

    private static CellResult Fail(IOutputSink sink, ErrorOutput error)
    {
        ConsoleCapture.FlushCurrent();
        sink.Publish(error);
        return new CellResult(error);
    }

    /// <summary>Shows a value as an output of the cell whose flow this is (a task started by a cell displays in that cell).</summary>
    private static void Display(object? value, string[] mimeTypes)
    {
        var sink = ConsoleCapture.CurrentSink
            ?? throw new InvalidOperationException("display(...) was called outside a running cell.");
        var output = DisplayFormatter.Format(value, mimeTypes);
        ConsoleCapture.FlushCurrent();
        sink.Publish(output);
    }
}
