namespace Runner.Export;

/// <summary>
/// Where an exported page loads plotly.js, KaTeX and the site's own style and script from: copies under
/// <c>assets/</c> in the site (made once per site, so pages work offline), or, with <c>--cdn</c>, public CDNs.
/// </summary>
internal sealed class SiteAssets
{
    public const string PlotlyVersion = "3.1.2";
    public const string KatexVersion = "0.16.22";

    private SiteAssets(bool fromCdn)
    {
        FromCdn = fromCdn;
    }

    public bool FromCdn { get; }

    public static SiteAssets Local { get; } = new(fromCdn: false);

    public static SiteAssets Cdn { get; } = new(fromCdn: true);

    /// <summary>The folder beside the runner that holds the assets (copied there from the npm packages at build).</summary>
    public static string SourceFolder => Path.Combine(AppContext.BaseDirectory, "web");

    public string Plotly => FromCdn ? $"https://cdn.plot.ly/plotly-{PlotlyVersion}.min.js" : "assets/plotly.min.js";

    public string KatexScript => FromCdn ? $"https://cdn.jsdelivr.net/npm/katex@{KatexVersion}/dist/katex.min.js" : "assets/katex/katex.min.js";

    public string KatexStyle => FromCdn ? $"https://cdn.jsdelivr.net/npm/katex@{KatexVersion}/dist/katex.min.css" : "assets/katex/katex.min.css";

    public string KatexAutoRender => FromCdn ? $"https://cdn.jsdelivr.net/npm/katex@{KatexVersion}/dist/contrib/auto-render.min.js" : "assets/katex/auto-render.min.js";

    public static string SiteStyle => "assets/site.css";

    public static string SiteScript => "assets/site.js";

    /// <summary>The live pages' script, which starts the C# engine and runs cells.</summary>
    public static string LiveScript => "assets/live.js";

    /// <summary>The live pages' style sheet.</summary>
    public static string LiveStyle => "assets/live.css";

    /// <summary>The C# engine's Web Worker, which starts the .NET runtime.</summary>
    public static string LiveEngineWorker => $"assets/{LiveEngineFolder}/live-worker.js";

    /// <summary>The folder of the C# engine (the published WebAssembly app) under the site's assets.</summary>
    public const string LiveEngineFolder = "live";

    /// <summary>
    /// Copies the assets into <paramref name="siteFolder"/>/assets (only the site's own files with a CDN); the C# engine
    /// of the live pages only when <paramref name="live"/>.
    /// </summary>
    /// <exception cref="FileNotFoundException">The runner was built without its web assets, or without the live engine when asked for it.</exception>
    public void CopyTo(string siteFolder, bool live = false)
    {
        var source = SourceFolder;
        if (!File.Exists(Path.Combine(source, "site.js")) || (!FromCdn && !File.Exists(Path.Combine(source, "plotly.min.js"))))
        {
            throw new FileNotFoundException($"The runner's web assets are missing from {source}; rebuild the runner (its build installs them with npm ci), or export with --cdn.");
        }

        if (live && !File.Exists(Path.Combine(source, LiveEngineFolder, "live-worker.js")))
        {
            throw new FileNotFoundException($"The live course's C# engine is missing from {Path.Combine(source, LiveEngineFolder)}; rebuild the runner (its build publishes runner/Live there).");
        }

        var target = Path.Combine(siteFolder, "assets");
        if (live && Directory.Exists(Path.Combine(target, LiveEngineFolder)))
        {
            // The engine's files carry fingerprints in their names: a previous export's would stay beside the new ones.
            Directory.Delete(Path.Combine(target, LiveEngineFolder), recursive: true);
        }

        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            var top = relative.Split(Path.DirectorySeparatorChar)[0];
            if ((FromCdn && top is "katex") || (FromCdn && relative == "plotly.min.js") || (!live && top == LiveEngineFolder))
            {
                continue;
            }

            var destination = Path.Combine(target, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination, overwrite: true);
        }
    }
}
