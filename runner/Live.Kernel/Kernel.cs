using Calculus.Live.Kernel;

namespace Microsoft.DotNet.Interactive;

/// <summary>
/// The live course's stand-in for the .NET Interactive kernel's static helpers, under the kernel's own type name so that
/// learner code (<c>display(x)</c>, with the kernel's <c>using static Microsoft.DotNet.Interactive.Kernel</c>) and the course
/// library (which finds <c>display</c> by this name) work unchanged.
/// </summary>
public static class Kernel
{
    /// <summary>Shows <paramref name="value"/> in the running cell's output, formatted in <paramref name="mimeTypes"/> (its preferred ones when none).</summary>
    public static void display(object? value, params string[] mimeTypes) => CellOutputs.Current.Display(value, mimeTypes, isResult: false);
}
