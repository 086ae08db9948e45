using System.Reflection;

namespace Calculus.Display;

/// <summary>
/// Shows a value in the running notebook cell without a reference to any kernel package: through the .NET Interactive
/// kernel's static <c>Microsoft.DotNet.Interactive.Kernel.display(object, string[])</c> when the kernel is loaded (it
/// publishes the value with the type's preferred mime types), and as plain text on the console otherwise.
/// </summary>
internal static class NotebookDisplay
{
    /// <summary>The kernel's type that holds the static <c>display</c>.</summary>
    public const string KernelTypeName = "Microsoft.DotNet.Interactive.Kernel";

    /// <summary>Shows <paramref name="value"/> in the kernel if one is loaded in this process, else writes it to the console.</summary>
    public static void Show(object value) => Show(value, AppDomain.CurrentDomain.GetAssemblies(), Console.Out);

    /// <summary>Shows <paramref name="value"/> through the kernel found among <paramref name="loaded"/>, else writes its text to <paramref name="console"/>.</summary>
    internal static void Show(object value, IEnumerable<Assembly> loaded, TextWriter console)
    {
        if (FindKernelDisplay(loaded) is { } display)
        {
            try
            {
                display.Invoke(null, [value, Array.Empty<string>()]);
                return;
            }
            catch (TargetInvocationException)
            {
                // Loaded but not running a cell (no invocation context): the console still shows it.
            }
        }

        console.WriteLine(value.ToString());
    }

    /// <summary>The kernel's <c>display(object, params string[])</c> among <paramref name="loaded"/>, or null.</summary>
    internal static MethodInfo? FindKernelDisplay(IEnumerable<Assembly> loaded)
    {
        foreach (var assembly in loaded)
        {
            var method = assembly.GetType(KernelTypeName, throwOnError: false)
                ?.GetMethod("display", BindingFlags.Public | BindingFlags.Static, [typeof(object), typeof(string[])]);
            if (method is not null)
            {
                return method;
            }
        }

        return null;
    }
}
