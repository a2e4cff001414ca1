using Mes.Web.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Mes.Web.Tests;

[Collection(PlantCollection.Name)]
public sealed class DashboardTests(PlantSystem plant)
{
    [Fact]
    public async Task A_machine_fault_shows_on_its_tile_with_the_alarm_within_two_seconds()
    {
        var placer = new MachineFeed(plant.Cluster, "smt-01-placer-2");
        await placer.Running(good: 10);
        await using var context = await plant.NewContext();
        var dashboard = new DashboardPage(await context.NewPageAsync());
        await dashboard.SignIn(PlantSystem.ManagerUser, PlantSystem.ManagerPassword);
        await dashboard.LineIsLive();
        await Expect(dashboard.Tile("smt-01-placer-2")).ToHaveAttributeAsync("data-e10", "Productive");

        await placer.Fault("E-207", "Nozzle vacuum low");

        // The bound: a fault reaches the manager's screen within 2 s (the stream pushes it; nothing polls).
        var within = new LocatorAssertionsToHaveAttributeOptions { Timeout = 2000 };
        await Expect(dashboard.Tile("smt-01-placer-2")).ToHaveAttributeAsync("data-e10", "UnscheduledDown", within);
        await Expect(dashboard.Tile("smt-01-placer-2")).ToHaveAttributeAsync("data-alarm", "E-207", within);
        await Expect(dashboard.Page.Locator("#alarm-table")).ToContainTextAsync("Nozzle vacuum low");
    }

    [Fact]
    public async Task A_manager_switches_the_dashboard_to_English_and_it_stays_English_for_that_manager()
    {
        await using var context = await plant.NewContext();
        var dashboard = new DashboardPage(await context.NewPageAsync());
        await dashboard.SignIn(PlantSystem.ManagerUser, PlantSystem.ManagerPassword);
        await Expect(dashboard.Page.Locator("#views a[data-view=line]")).ToHaveTextAsync("产线");

        await dashboard.Page.Locator("#language").SelectOptionAsync("en");
        await Expect(dashboard.Page.Locator("#views a[data-view=line]")).ToHaveTextAsync("Line");
        await dashboard.Page.ReloadAsync();

        await Expect(dashboard.Page.Locator("#views a[data-view=oee]")).ToHaveTextAsync("OEE");
        await Expect(dashboard.Page.Locator("#views a[data-view=bonded]")).ToHaveTextAsync("Bonded book");
        await Expect(dashboard.Page.Locator("html")).ToHaveAttributeAsync("lang", "en");
    }

    [Fact]
    public async Task A_right_to_left_catalogue_added_as_a_file_mirrors_the_layout()
    {
        await using var context = await plant.NewContext();
        var page = await context.NewPageAsync();
        await ServeExtraCatalogue(page, "ug", "ئۇيغۇرچە (test)", "ug.json");
        var dashboard = new DashboardPage(page);
        await dashboard.SignIn(PlantSystem.ManagerUser, PlantSystem.ManagerPassword);
        var brandLeftToRight = await Box(page, ".brand");
        var accountLeftToRight = await Box(page, ".account");

        await page.Locator("#language").SelectOptionAsync("ug");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        await Expect(page.Locator("#views a[data-view=line]")).ToHaveTextAsync("لىنىيە");
        var brand = await Box(page, ".brand");
        var account = await Box(page, ".account");
        var tile = await Box(page, ".tile >> nth=0");

        Assert.True(brandLeftToRight.X < accountLeftToRight.X, "left to right: the brand stands left of the account");
        Assert.True(brand.X > account.X, "right to left: the brand stands right of the account");
        Assert.True(tile.X + tile.Width > 1600 / 2, "right to left: the first tile starts on the right");
        // Keys the new catalogue lacks fall back to English rather than showing the key.
        await Expect(page.Locator("#views a[data-view=trace]")).ToHaveTextAsync("ئىز");
        await Expect(page.Locator("#line-live")).Not.ToContainTextAsync("live.");
    }

    [Fact]
    public async Task The_trace_search_turns_a_reel_into_the_recall_list_of_the_units_that_used_it()
    {
        var orderNo = await plant.Script.ReleasedOrder();
        var serial = (await plant.Script.Serials(orderNo, 1))[0];
        await plant.Script.PrinterReady(orderNo, PlantSystem.OperatorBadge);
        var boardReel = (await plant.Script.PrinterStatus()).Setup.Single(r => r.Slot == "board").LotNo;
        await plant.Script.PassAtPrinter(serial);
        await using var context = await plant.NewContext();
        var dashboard = new DashboardPage(await context.NewPageAsync());
        await dashboard.SignIn(PlantSystem.ManagerUser, PlantSystem.ManagerPassword);
        await dashboard.Show("trace");

        await dashboard.Page.Locator("#trace-query").FillAsync(boardReel);
        await dashboard.Page.Locator("#trace-form button[type=submit]").ClickAsync();

        await Expect(dashboard.Page.Locator("[data-trace=forward]")).ToBeVisibleAsync();
        await Expect(dashboard.Page.Locator($"#trace-units tr[data-serial=\"{serial}\"]")).ToContainTextAsync(orderNo);
    }

    [Fact]
    public async Task The_bonded_book_verifies_its_journal_for_the_manager()
    {
        await using var context = await plant.NewContext();
        var dashboard = new DashboardPage(await context.NewPageAsync());
        await dashboard.SignIn(PlantSystem.ManagerUser, PlantSystem.ManagerPassword);
        await dashboard.Show("bonded");

        await dashboard.Page.Locator("#verify-journal").ClickAsync();

        await Expect(dashboard.Page.Locator("#verify-result")).ToHaveAttributeAsync("data-intact", "true");
        await Expect(dashboard.Page.Locator("#bonded-error")).ToBeEmptyAsync();
    }

    [Fact]
    public async Task Every_view_of_the_dashboard_in_Chinese_shows_its_data_with_no_untranslated_text()
    {
        var feeds = new (string Workstation, Func<MachineFeed, Task> State)[]
        {
            ("smt-01-printer", m => m.Running(good: 412, reject: 3)),
            ("smt-01-spi", m => m.Running(good: 409, reject: 2)),
            ("smt-01-placer-1", m => m.Running(good: 405)),
            ("smt-01-placer-2", m => m.Fault("E-207", "Nozzle vacuum low")),
            ("smt-01-reflow", m => m.Running(good: 398)),
            ("smt-01-aoi", m => m.Idle()),
        };
        foreach (var (workstation, state) in feeds)
        {
            await state(new MachineFeed(plant.Cluster, workstation));
        }
        await using var context = await plant.NewContext();
        var dashboard = new DashboardPage(await context.NewPageAsync());
        await dashboard.SignIn(PlantSystem.ManagerUser, PlantSystem.ManagerPassword);
        await dashboard.LineIsLive();
        await Expect(dashboard.Tile("smt-01-placer-2")).ToHaveAttributeAsync("data-e10", "UnscheduledDown");

        var texts = new Dictionary<string, string> { ["line"] = await dashboard.Page.Locator("body").InnerTextAsync() };
        await Screenshots.Take(dashboard.Page, "dashboard");
        foreach (var (view, shows) in new[] { ("oee", "#oee-trend svg"), ("orders", "#order-table tbody tr"), ("bonded", "#balance-table thead") })
        {
            await dashboard.Show(view);
            await Expect(dashboard.Page.Locator(shows).First).ToBeVisibleAsync();
            texts[view] = await dashboard.Page.Locator("body").InnerTextAsync();
            await Screenshots.Take(dashboard.Page, "dashboard-" + view);
        }

        Assert.All(texts, t => Assert.DoesNotMatch(CatalogueKeys.Pattern, t.Value));
        Assert.Empty(await dashboard.Page.Locator(".error-text:not(:empty)").AllInnerTextsAsync());
    }

    private static async Task ServeExtraCatalogue(IPage page, string code, string name, string file)
    {
        var fixture = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Fixtures", file));
        await page.RouteAsync("**/app/i18n/languages.json", async route =>
        {
            var response = await route.FetchAsync();
            var list = System.Text.Json.Nodes.JsonNode.Parse(await response.TextAsync())!.AsArray();
            list.Add(new System.Text.Json.Nodes.JsonObject { ["code"] = code, ["name"] = name, ["file"] = file });
            await route.FulfillAsync(new RouteFulfillOptions { Response = response, Body = list.ToJsonString() });
        });
        await page.RouteAsync($"**/app/i18n/{file}", route => route.FulfillAsync(new RouteFulfillOptions { ContentType = "application/json", Body = fixture }));
    }

    private static async Task<LocatorBoundingBoxResult> Box(IPage page, string selector) =>
        await page.Locator(selector).BoundingBoxAsync() ?? throw new InvalidOperationException($"{selector} is not laid out");
}
