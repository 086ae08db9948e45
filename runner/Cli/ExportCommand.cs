using System.CommandLine;
using System.Text.Json.Nodes;
using Runner.Export;
using Runner.Notebooks;
using Spectre.Console;

namespace Runner.Cli;

/// <summary><c>export [PATHS...] [--out DIR] [--cdn] [--live]</c>: writes already executed notebooks as a web site, without running them again.</summary>
internal static class ExportCommand
{
    public static readonly string DefaultSiteFolder = Path.Combine("out", "site");

    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Executed notebooks or folders of them (default: out/notebooks/).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var output = new Option<string>("--out")
        {
            Description = "Folder for the site.",
            DefaultValueFactory = _ => DefaultSiteFolder,
        };
        var cdn = new Option<bool>("--cdn")
        {
            Description = "Link plotly.js and KaTeX from public CDNs instead of copying them into the site.",
        };
        var live = new Option<bool>("--live")
        {
            Description = "Also write each week's live page (NAME.live.html), whose C# cells the learner edits and runs in the browser; serve the site with 'runner serve'.",
        };
        var command = new Command("export", "Writes executed notebooks as web pages with an index, without running them again.")
        {
            paths, output, cdn, live,
        };
        command.SetAction(parsed => Execute(
            parsed.GetValue(paths) is { Length: > 0 } given ? given : [RunSettings.DefaultOutDirectory],
            parsed.GetValue(output) ?? DefaultSiteFolder,
            parsed.GetValue(cdn) ? SiteAssets.Cdn : SiteAssets.Local,
            parsed.GetValue(live)));
        return command;
    }

    private static int Execute(IReadOnlyList<string> paths, string siteFolder, SiteAssets assets, bool live)
    {
        var console = AnsiConsole.Console;
        var (targets, problems) = NotebookPaths.Resolve(paths, siteFolder, inPlace: true);
        var pages = new List<SiteExporter.Page>();
        foreach (var target in targets)
        {
            try
            {
                var notebook = NotebookReader.Read(target.SourcePath);
                pages.Add(new SiteExporter.Page(notebook.Json, target.SourcePath, Passed(notebook)));
            }
            catch (NotebookFormatException e)
            {
                problems = [.. problems, e.Message];
            }
        }

        foreach (var problem in problems)
        {
            console.MarkupLine($"[red]CANNOT EXPORT[/] {Markup.Escape(problem)}");
        }

        if (pages.Count == 0)
        {
            console.MarkupLine("[red]No executed notebooks to export.[/] Run them first ('runner run'), or name them.");
            return ExitCodes.BadInput;
        }

        return Write(console, pages, siteFolder, assets, live) && problems.Count == 0 ? ExitCodes.Success : ExitCodes.BadInput;
    }

    /// <summary>Exports and reports; false (after saying why) when the site could not be written.</summary>
    public static bool Write(IAnsiConsole console, IReadOnlyList<SiteExporter.Page> pages, string siteFolder, SiteAssets assets, bool live = false)
    {
        try
        {
            var written = SiteExporter.Export(pages, siteFolder, assets, live);
            console.MarkupLine($"Exported {pages.Count} page(s) and an index to {Markup.Escape(siteFolder)}/ (open {Markup.Escape(written[0])}).");
            if (live)
            {
                console.MarkupLine($"Each week also has a live page (NAME.live.html): serve the site with 'runner serve --root {Markup.Escape(siteFolder)}' to run its C# in a browser.");
            }
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            console.MarkupLine($"[red]CANNOT EXPORT[/] to {Markup.Escape(siteFolder)}: {Markup.Escape(e.Message)}");
            return false;
        }
    }

    /// <summary>Whether an executed notebook shows no error other than those its tags or metadata allow.</summary>
    private static bool Passed(Notebook notebook) => notebook.AllowErrors || notebook.Cells
        .Where(cell => cell.IsCSharp && !cell.RaisesException)
        .All(cell => (notebook.Json["cells"]![cell.Index]!["outputs"] as JsonArray ?? [])
            .All(output => (string?)output?["output_type"] != "error"));
}
