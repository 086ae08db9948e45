using System.Diagnostics;
using System.Globalization;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Directives;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;

namespace Runner.Engine;

/// <summary>
/// The <c>#!time</c> magic command as the dotnet-interactive tool defines it (its Jupyter assembly, which the NuGet
/// feed does not serve): the rest of the cell runs, then "Wall time: …ms" is displayed as plain text. Registered
/// through the kernel's own directive API, so the kernel parses it exactly as it parses its other magic commands.
/// </summary>
internal static class TimeMagicCommand
{
    public const string Name = "#!time";

    /// <summary>Adds <c>#!time</c> to <paramref name="kernel"/>.</summary>
    public static void AddTo(Kernel kernel) => kernel.AddDirective(
        new KernelActionDirective(Name) { Description = "Time the execution of the rest of the cell." },
        MeasureAsync);

    private static Task MeasureAsync(KernelCommand command, KernelInvocationContext context)
    {
        var clock = Stopwatch.StartNew();
        context.OnComplete(completed =>
        {
            var elapsed = clock.Elapsed;
            var text = $"Wall time: {elapsed.TotalMilliseconds.ToString(CultureInfo.InvariantCulture)}ms";
            completed.Publish(new DisplayedValueProduced(elapsed, context.Command, [new FormattedValue(PlainTextFormatter.MimeType, text)]));
        });
        return Task.CompletedTask;
    }
}
