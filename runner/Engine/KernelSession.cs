using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;

namespace Runner.Engine;

/// <summary>
/// One notebook's kernel: the .NET Interactive C# kernel (<see cref="CSharpKernelSetup"/>) running in this process, to
/// which each cell is sent as <c>SubmitCode</c>. The kernel keeps the notebook's state from cell to cell, and resolves
/// <c>#r</c> and <c>#load</c> against the process's working directory (the notebook's folder). Its events become the
/// cell's outputs (<see cref="KernelOutputs"/>) as they are published; the cell fails when the kernel says its command
/// failed (a compile error, an exception, an unknown magic command) or when it published an error.
/// </summary>
public sealed class KernelSession : IDisposable
{
    private readonly CompositeKernel _kernel;
    private readonly IDisposable _subscription;
    private RunningCell? _running;

    /// <summary>Creates the kernel; its first cell starts a new script state.</summary>
    public KernelSession()
    {
        _kernel = CSharpKernelSetup.Create();
        _subscription = _kernel.KernelEvents.Subscribe(OnKernelEvent);
    }

    /// <summary>
    /// Compiles and runs a throwaway script with the kernel's compiler, and formats a value, so that Roslyn and the
    /// formatters are jitted while the kernel is being created, on the other core. It leaves no trace in any kernel.
    /// </summary>
    public static async Task WarmUpAsync()
    {
        var options = ScriptOptions.Default.AddImports("System", "System.Linq").AddReferences(typeof(Enumerable).Assembly);
        await CSharpScript.Create<object>("var warm = new[] { 1, 2 }.Select(n => n * 2).Sum(); warm", options).RunAsync().ConfigureAwait(false);
        _ = 42.ToDisplayString(HtmlFormatter.MimeType);
    }

    /// <summary>Runs one cell, publishing its outputs to <paramref name="sink"/> as the kernel produces them.</summary>
    public async Task<CellResult> ExecuteAsync(string code, IOutputSink sink)
    {
        var command = new SubmitCode(code);
        var cell = new RunningCell(command, sink);
        _running = cell;
        try
        {
            await _kernel.SendAsync(command).ConfigureAwait(false);
        }
        finally
        {
            _running = null;
        }

        return cell.Result();
    }

    public void Dispose()
    {
        _subscription.Dispose();
        _kernel.Dispose();
    }

    private void OnKernelEvent(KernelEvent kernelEvent) => _running?.Observe(kernelEvent);

    /// <summary>What the kernel has said so far about the cell being run.</summary>
    private sealed class RunningCell(SubmitCode command, IOutputSink sink)
    {
        private ErrorOutput? _error;
        private ErrorOutput? _errorProduced;
        private int? _firstErrorLine;

        public void Observe(KernelEvent kernelEvent)
        {
            switch (kernelEvent)
            {
                case DiagnosticsProduced diagnostics:
                    _firstErrorLine ??= diagnostics.Diagnostics
                        .Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error)
                        .Select(d => (int?)d.LinePositionSpan.Start.Line + 1)
                        .FirstOrDefault();
                    break;
                case CommandFailed failed when ReferenceEquals(failed.Command, command):
                    _error = ErrorOutputs.FromMessage(failed.Message, _firstErrorLine);
                    sink.Publish(_error);
                    break;
                default:
                    if (KernelOutputs.From(kernelEvent) is { } output)
                    {
                        _errorProduced ??= output as ErrorOutput;
                        sink.Publish(output);
                    }

                    break;
            }
        }

        /// <summary>Success, or the first error: the command's failure, else an error the kernel published.</summary>
        public CellResult Result() => (_error ?? _errorProduced) is { } error ? new CellResult(error) : CellResult.Success;
    }
}
