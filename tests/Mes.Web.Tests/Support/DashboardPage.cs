using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Mes.Web.Tests.Support;

/// <summary>The dashboard, reached through the sign-in page as a manager does.</summary>
public sealed class DashboardPage(IPage page)
{
    public IPage Page { get; } = page;

    public ILocator Tile(string workstationId) => Page.Locator($".tile[data-workstation=\"{workstationId}\"]");

    public async Task SignIn(string username, string password)
    {
        await Page.GotoAsync("app/");
        await Page.Locator("#username").FillAsync(username);
        await Page.Locator("#password").FillAsync(password);
        await Page.Locator("#signin button[type=submit]").ClickAsync();
        await Page.WaitForURLAsync("**/app/dashboard**");
    }

    /// <summary>Shows a view (line, oee, orders, bonded, trace) by its tab.</summary>
    public async Task Show(string view)
    {
        await Page.Locator($"#views a[data-view=\"{view}\"]").ClickAsync();
        await Expect(Page.Locator($"section.view[data-view=\"{view}\"]")).ToBeVisibleAsync();
    }

    /// <summary>Waits until the line view's stream is live.</summary>
    public Task LineIsLive() => Expect(Page.Locator("#line-live")).ToHaveAttributeAsync("data-state", "live");
}
