using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.CSharp;
using Microsoft.DotNet.Interactive.Formatting;
using Microsoft.DotNet.Interactive.PackageManagement;

namespace Runner.Engine;

/// <summary>
/// The .NET Interactive C# kernel, set up as the dotnet-interactive tool sets it up for VS Code and Jupyter: a
/// composite kernel whose C# kernel has <c>#r "nuget: …"</c> and <c>#i</c> (PackageManagement), the kernel's
/// helpers (<c>display</c>), <c>#!who</c>/<c>#!whos</c> and value sharing; <c>#!import</c> and <c>#!time</c> on
/// the composite; values formatted as for the tool's browser front ends (HTML by default, strings as plain text).
/// Left out, because the course is C# only and their assemblies are not on the feed: the other languages' kernels,
/// <c>#!about</c>, <c>#!lsmagic</c>, input prompts and kernel extensions loaded from packages.
/// </summary>
internal static class CSharpKernelSetup
{
    /// <summary>A new kernel with an empty script state.</summary>
    public static CompositeKernel Create()
    {
        Formatter.DefaultMimeType = HtmlFormatter.MimeType;
        Formatter.SetPreferredMimeTypesFor(typeof(string), PlainTextFormatter.MimeType);

        var csharp = new CSharpKernel()
            .UseNugetDirective((kernel, packages) =>
            {
                kernel.AddAssemblyReferences(packages.SelectMany(package => package.AssemblyPaths));
                return Task.CompletedTask;
            })
            .UseKernelHelpers()
            .UseWho()
            .UseValueSharing();

        var composite = new CompositeKernel();
        composite.Add(csharp, ["c#", "C#"]);
        composite.UseImportMagicCommand();
        TimeMagicCommand.AddTo(composite);
        composite.DefaultKernelName = csharp.Name;
        return composite;
    }
}
