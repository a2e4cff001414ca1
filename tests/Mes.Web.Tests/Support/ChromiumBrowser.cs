using Microsoft.Playwright;

namespace Mes.Web.Tests.Support;

/// <summary>
/// Debian's Chromium (<c>/usr/bin/chromium</c>, installed by <c>./mes test</c>) driven by Playwright, headless,
/// never a browser Playwright would download. Each test gets a fresh context: its own storage, as a new kiosk.
/// </summary>
public static class ChromiumBrowser
{
    /// <summary>Where Debian installs Chromium.</summary>
    public const string ExecutablePath = "/usr/bin/chromium";

    /// <summary>Launches Chromium headless, without sandbox and background traffic (the plant has no internet).</summary>
    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException($"{ExecutablePath} is missing: run ./mes test (it installs Debian's chromium) or 'apt-get install chromium'.");
        }
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-background-networking", "--disable-gpu", "--disable-component-update", "--no-first-run"],
        });
        return (playwright, browser);
    }
}
