using Microsoft.Playwright;

namespace Course.Tests.TestSupport;

/// <summary>Debian's Chromium (installed by .ci/run), headless, driven by Playwright; no browser is downloaded.</summary>
internal sealed class Browser : IAsyncDisposable
{
    private readonly IPlaywright _playwright;

    private Browser(IPlaywright playwright, IBrowser instance)
    {
        _playwright = playwright;
        Instance = instance;
    }

    /// <summary>The Chromium to use: CHROMIUM_PATH, else /usr/bin/chromium.</summary>
    public static string ExecutablePath => Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium";

    /// <summary>The running browser.</summary>
    public IBrowser Instance { get; }

    /// <summary>Starts Chromium; fails the test, with what to install, when it is missing.</summary>
    public static async Task<Browser> LaunchAsync()
    {
        Assert.True(File.Exists(ExecutablePath), $"Chromium is not installed at {ExecutablePath}: apt-get install chromium (.ci/run does this), or set CHROMIUM_PATH.");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            // The machine's network is closed: without these, Chromium's background connections fail noisily. There is no
            // GPU: 3-D figures use WebGL in software (SwiftShader), asked for explicitly since Chromium deprecated falling
            // back to it; --disable-dev-shm-usage keeps a container's small /dev/shm from stalling the renderer.
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--use-angle=swiftshader", "--enable-unsafe-swiftshader", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            ],
        });
        return new Browser(playwright, browser);
    }

    public async ValueTask DisposeAsync()
    {
        await Instance.DisposeAsync();
        _playwright.Dispose();
    }
}
