using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Mes.Web.Tests.Support;

/// <summary>The kiosk page at /app/terminal, used as a worker does: everything goes in through the scanner.</summary>
public sealed class TerminalPage(IPage page)
{
    public IPage Page { get; } = page;

    public ILocator ScanField => Page.Locator("#scan");

    public ILocator Flash => Page.Locator("#flash");

    public ILocator QueueBadge => Page.Locator("#queue");

    public ILocator Unit(string serial) => Page.Locator($"#units li[data-serial=\"{serial}\"]");

    public ILocator Slot(string slot) => Page.Locator($"#setup tr[data-slot=\"{slot}\"]");

    /// <summary>Opens the terminal, sets it up with its key and badges the operator in.</summary>
    public async Task OpenAndBadgeIn(string terminalKey, string badge)
    {
        await Page.GotoAsync("app/terminal");
        await Expect(Page.Locator("body")).ToHaveAttributeAsync("data-stage", "provision");
        await Scan(terminalKey);
        await Expect(Page.Locator("body")).ToHaveAttributeAsync("data-stage", "badge");
        await Scan(badge);
        await Expect(Page.Locator("body")).ToHaveAttributeAsync("data-stage", "work");
    }

    /// <summary>What a keyboard-wedge scanner does: types the code and Enter into whatever has focus, which must be the scan field.</summary>
    public async Task Scan(string code)
    {
        await Expect(ScanField).ToBeFocusedAsync();
        await Page.Keyboard.TypeAsync(code);
        await Page.Keyboard.PressAsync("Enter");
    }
}
