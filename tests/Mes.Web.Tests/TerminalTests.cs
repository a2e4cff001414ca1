using Mes.Web.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Mes.Web.Tests;

[Collection(PlantCollection.Name)]
public sealed class TerminalTests(PlantSystem plant)
{
    [Fact]
    public async Task A_worker_badges_in_loads_the_printer_and_completes_a_unit_by_scanning_it_twice()
    {
        var orderNo = await plant.Script.ReleasedOrder();
        var serial = (await plant.Script.Serials(orderNo, 1))[0];
        var board = await plant.Script.Reel("PCB-GW100");
        var paste = await plant.Script.Reel("SP-SAC305");
        await using var context = await plant.NewContext();
        var terminal = new TerminalPage(await context.NewPageAsync());
        await terminal.OpenAndBadgeIn(await plant.ProvisionTerminal(PlantScript.Printer), PlantSystem.OperatorBadge);

        await terminal.Page.Locator("#select-order").ClickAsync();
        await terminal.Scan(orderNo);
        await Expect(terminal.Page.Locator("#order-no")).ToHaveTextAsync(orderNo);
        foreach (var (slot, reel) in new[] { ("board", board), ("paste", paste) })
        {
            await terminal.Slot(slot).Locator("button.load").ClickAsync();
            await terminal.Scan(reel);
            await Expect(terminal.Slot(slot)).ToContainTextAsync(reel);
        }
        await terminal.Scan(serial);
        await Expect(terminal.Unit(serial)).ToBeVisibleAsync();
        await terminal.Scan(serial);
        await Expect(terminal.Unit(serial)).ToHaveCountAsync(0);

        var unit = await plant.Script.UnitOf(serial);
        var print = Assert.Single(unit.History);
        Assert.Equal(("print", true, PlantSystem.OperatorBadge), (print.OperationId, print.Passed, print.Badge));
    }

    [Fact]
    public async Task A_reel_of_the_wrong_part_is_refused_in_red_with_the_reason_in_the_workers_language_and_the_slot_stays_empty()
    {
        var orderNo = await plant.Script.ReleasedOrder();
        var wrongReel = await plant.Script.Reel("RES-0402-10K");
        await using var context = await plant.NewContext();
        var terminal = new TerminalPage(await context.NewPageAsync());
        await terminal.OpenAndBadgeIn(await plant.ProvisionTerminal(PlantScript.Printer), PlantSystem.OperatorBadge);
        await terminal.Page.Locator("#select-order").ClickAsync();
        await terminal.Scan(orderNo);
        await Expect(terminal.Page.Locator("#order-no")).ToHaveTextAsync(orderNo);

        await terminal.Slot("board").Locator("button.load").ClickAsync();
        await terminal.Scan(wrongReel);

        await Expect(terminal.Flash).ToHaveAttributeAsync("data-kind", "fail");
        await Expect(terminal.Flash.Locator(".flash-text")).ToHaveTextAsync("料号错误:该料盘不是此槽位所需的物料。");
        var status = await plant.Script.PrinterStatus();
        Assert.DoesNotContain(status.Setup, r => r.Slot == "board" && r.LotNo == wrongReel);
    }

    [Fact]
    public async Task Scans_made_while_the_gateway_is_unreachable_are_queued_and_replayed_in_order_exactly_once()
    {
        var orderNo = await plant.Script.ReleasedOrder();
        var serials = await plant.Script.Serials(orderNo, 2);
        await plant.Script.PrinterReady(orderNo, PlantSystem.OperatorBadge);
        await using var context = await plant.NewContext();
        var terminal = new TerminalPage(await context.NewPageAsync());
        await terminal.OpenAndBadgeIn(await plant.ProvisionTerminal(PlantScript.Printer), PlantSystem.OperatorBadge);
        await Expect(terminal.Page.Locator("#order-no")).ToHaveTextAsync(orderNo);

        // The first start reaches the gateway and is applied, but its answer is lost on the way back.
        await terminal.Page.RouteAsync("**/v1/workstations/*/units/**", async route =>
        {
            await route.FetchAsync();
            await route.AbortAsync();
        });
        await terminal.Scan(serials[0]);
        await Expect(terminal.QueueBadge).ToHaveAttributeAsync("data-count", "1");
        // Then nothing gets through at all.
        await terminal.Page.UnrouteAllAsync(new PageUnrouteAllOptions { Behavior = UnrouteBehavior.Wait });
        await terminal.Page.RouteAsync("**/v1/workstations/*/units/**", route => route.AbortAsync());
        await terminal.Scan(serials[0]);
        await terminal.Scan(serials[1]);
        await Expect(terminal.QueueBadge).ToHaveAttributeAsync("data-count", "3");
        await Expect(terminal.Page.Locator("#connection")).ToHaveAttributeAsync("data-state", "offline");

        await terminal.Page.UnrouteAllAsync(new PageUnrouteAllOptions { Behavior = UnrouteBehavior.Wait });
        await Expect(terminal.QueueBadge).ToHaveAttributeAsync("data-count", "0", new LocatorAssertionsToHaveAttributeOptions { Timeout = 30_000 });

        var first = await plant.Script.UnitOf(serials[0]);
        var second = await plant.Script.UnitOf(serials[1]);
        var print = Assert.Single(first.History);
        Assert.Equal(("print", true), (print.OperationId, print.Passed));
        Assert.Equal("spi", first.NextOperationId);
        Assert.Equal("print", second.Current.OperationId);
        await Expect(terminal.Page.Locator("#rejected")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task The_terminal_in_Chinese_shows_no_untranslated_text()
    {
        var orderNo = await plant.Script.ReleasedOrder(quantity: 120);
        var serials = await plant.Script.Serials(orderNo, 1);
        await plant.Script.PrinterReady(orderNo, PlantSystem.OperatorBadge);
        await using var context = await plant.NewContext();
        var terminal = new TerminalPage(await context.NewPageAsync());
        await terminal.OpenAndBadgeIn(await plant.ProvisionTerminal(PlantScript.Printer), PlantSystem.OperatorBadge);
        await terminal.Scan(serials[0]);
        await Expect(terminal.Unit(serials[0])).ToBeVisibleAsync();
        await Expect(terminal.Flash).ToBeHiddenAsync();

        var text = await terminal.Page.Locator("body").InnerTextAsync();
        await Screenshots.Take(terminal.Page, "terminal");

        Assert.Equal("zh-CN", await terminal.Page.Locator("html").GetAttributeAsync("lang"));
        Assert.DoesNotMatch(CatalogueKeys.Pattern, text);
    }
}
