using Mes.Testing;
using Microsoft.Playwright;

namespace Mes.Web.Tests.Support;

/// <summary>
/// Screenshots of the pages: into the test output by default; into docs/screenshots of the checkout when
/// MES_SCREENSHOTS=docs is set (how the committed ones are made, see docs/web.md).
/// </summary>
public static class Screenshots
{
    public static async Task Take(IPage page, string name)
    {
        var folder = Environment.GetEnvironmentVariable("MES_SCREENSHOTS") == "docs"
            ? Path.Combine(Repository.Root, "docs", "screenshots")
            : Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = false });
    }
}
