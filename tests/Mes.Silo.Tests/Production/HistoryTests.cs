using Mes.Contracts.Production;
using Mes.Domain.Production.Genealogy;
using Mes.Domain.Production.Units;
using Mes.Grains.Production.Journal;
using Mes.Silo.Storage.Production;
using Npgsql;

namespace Mes.Silo.Tests.Production;

public sealed class HistoryTests(ProductionSilo plant) : IClassFixture<ProductionSilo>
{
    private static readonly DateTimeOffset At = new(2026, 6, 1, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task After_every_change_the_history_holds_exactly_the_events_the_unit_has_counted()
    {
        var floor = plant.Floor;
        var orderNo = await floor.ReleasedOrder();
        await floor.SetUp(orderNo);
        var serial = (await floor.Serials(orderNo, 1))[0];

        var unit = await floor.PassUntil(serial, "reflow");

        Assert.Equal(unit!.Sequence, await plant.HistoryRowsAsync(GrainKey.Unit.For(serial)));
        Assert.Equal(unit.Sequence, await plant.ScalarAsync<long>(
            "SELECT max(sequence) FROM production_event WHERE aggregate_id = @id", ("id", GrainKey.Unit.For(serial))));
    }

    [Fact]
    public async Task A_commit_retried_after_its_state_write_failed_rewrites_the_same_rows_and_leaves_none_of_the_first_attempt()
    {
        await using var dataSource = NpgsqlDataSource.Create(plant.ConnectionString);
        var history = new PostgresProductionHistory(dataSource);
        var serial = ShopFloor.NewId("SN");
        var id = GrainKey.Unit.For(serial);
        await history.Append(id, 0, Entries(0, new UnitRegistered(serial, "PO-1", "GW-100", At),
            new UnitHeld(serial, "first attempt", "B1004", At), new UnitReleased(serial, "B1004", At)));

        await history.Append(id, 0, Entries(0, new UnitRegistered(serial, "PO-1", "GW-100", At.AddSeconds(1))));

        Assert.Equal(1L, await plant.HistoryRowsAsync(id));
        Assert.Equal(At.AddSeconds(1), await plant.ScalarAsync<DateTime>("SELECT at FROM production_event WHERE aggregate_id = @id", ("id", id)));
    }

    [Fact]
    public async Task Genealogy_written_by_an_attempt_whose_state_write_failed_is_gone_after_the_next_commit()
    {
        await using var dataSource = NpgsqlDataSource.Create(plant.ConnectionString);
        var history = new PostgresProductionHistory(dataSource);
        var serial = ShopFloor.NewId("SN");
        var id = GrainKey.Unit.For(serial);
        var record = new OperationRecord(serial, "PO-1", "GW-100", "print", "smt-01-printer", "B1004", At, At, OperationResult.Pass, [], [],
            [new ConsumedLot("board", "R-1", "PCB-GW100", 1m, QuantitySource.BomQtyPer)], [], "done-1", UnitStatus.InProcess);
        await history.Append(id, 1, Entries(1, new OperationCompleted(serial, record, At)));

        await history.Append(id, 1, Entries(1, new UnitHeld(serial, "dropped", "B1004", At)));

        Assert.Equal(0L, await plant.ScalarAsync<long>("SELECT count(*) FROM genealogy_operation WHERE serial = @s", ("s", serial)));
        Assert.Equal(0L, await plant.ScalarAsync<long>("SELECT count(*) FROM genealogy_consumed_lot WHERE serial = @s", ("s", serial)));
    }

    private static IReadOnlyList<JournalEntry> Entries(long after, params UnitEvent[] events) =>
        events.Select((e, i) => JournalEntry.Of(after + 1 + i, e, e.At, "request-1")).ToList();
}
