using Mes.Contracts.Production;
using Mes.Contracts.Production.Genealogy;
using Mes.Contracts.Production.Lines;
using Mes.Testing;

namespace Mes.Silo.Tests.Production;

public sealed class TelemetryTests(ProductionSilo plant) : IClassFixture<ProductionSilo>
{
    private static readonly DateTimeOffset Start = DateTimeOffset.UtcNow.AddMinutes(-30);

    private ShopFloor Floor => plant.Floor;

    [Fact]
    public async Task A_machine_stopping_with_an_alarm_opens_a_downtime_that_the_line_view_shows()
    {
        var machine = new SimulatedMachine("smt-01-placer-2");
        var station = Floor.Station(machine.WorkstationId);
        var line = plant.Grains.GetGrain<ILineGrain>(GrainKey.Line.For("smt-01"));
        var cursor = ShopFloor.Succeeded(await line.Get()).Cursor;

        await station.ApplyTelemetry(machine.Running(Start));
        await station.ApplyTelemetry(machine.Jammed(Start.AddSeconds(30), "E-117", "Nozzle 3 blocked"));
        var tile = await Watch(line, cursor, machine.WorkstationId, t => t.Machine.E10State == "UnscheduledDown");

        Assert.Equal(("Machine", "E-117"), (tile.OpenDowntime?.Source, tile.OpenDowntime?.AlarmCode));
        Assert.Equal("Nozzle 3 blocked", tile.Machine.AlarmText);
    }

    [Fact]
    public async Task A_machine_running_again_ends_its_downtime_and_records_the_interval_it_was_down()
    {
        var machine = new SimulatedMachine("smt-01-spi");
        var station = Floor.Station(machine.WorkstationId);

        await station.ApplyTelemetry(machine.Running(Start));
        await station.ApplyTelemetry(machine.Jammed(Start.AddMinutes(2), "E-3", "Camera fault"));
        await station.ApplyTelemetry(machine.Running(Start.AddMinutes(5)));

        var status = (await station.Get())!;
        Assert.Null(status.OpenDowntime);
        Assert.Equal((Start.AddMinutes(2), Start.AddMinutes(5)), (status.LastDowntime!.StartedAt, status.LastDowntime.EndedAt!.Value));
        Assert.Equal(1L, await plant.ScalarAsync<long>(
            "SELECT count(*) FROM machine_state_interval WHERE workstation_id = 'smt-01-spi' AND state = 'UnscheduledDown' AND to_at - from_at = interval '3 minutes'"));
    }

    [Fact]
    public async Task A_batch_replayed_after_a_reconnect_adds_no_counts()
    {
        var machine = new SimulatedMachine("smt-01-aoi");
        var station = Floor.Station(machine.WorkstationId);
        await station.ApplyTelemetry(machine.Counts(Start, 10, 0));
        var latest = machine.Counts(Start.AddSeconds(20), 15, 1);
        await station.ApplyTelemetry(latest);
        var rows = await CountRows(machine.WorkstationId);

        var replay = await station.ApplyTelemetry(latest);

        Assert.Equal(0, replay.Events);
        Assert.Equal(rows, await CountRows(machine.WorkstationId));
        Assert.Equal(16L, (await station.Get())!.Machine.TotalCount);
    }

    [Fact]
    public async Task Values_with_a_bad_status_are_kept_out_of_the_machine_state()
    {
        var machine = new SimulatedMachine("smt-01-test");
        var station = Floor.Station(machine.WorkstationId);
        await station.ApplyTelemetry(machine.Running(Start));

        var receipt = await station.ApplyTelemetry(SimulatedMachine.WithStatus(machine.Jammed(Start.AddSeconds(10), "E-1", "x"), 0x8000_0000));

        Assert.Equal(0, receipt.Folded);
        Assert.Equal("Productive", (await station.Get())!.Machine.E10State);
    }

    [Fact]
    public async Task Every_raw_value_is_written_to_the_telemetry_history_including_process_values_the_mes_does_not_fold()
    {
        var machine = new SimulatedMachine("smt-01-reflow");

        var receipt = await Floor.Station(machine.WorkstationId).ApplyTelemetry(machine.ZoneTemperatures(Start, 180.5, 245.25));

        Assert.Equal(2, receipt.Skipped);
        await Eventually.True(async () => await plant.ScalarAsync<long>(
                "SELECT count(*) FROM telemetry_sample WHERE node_id = 'ns=2;s=smt-01-reflow.Zones.2.Temperature' AND value_real = 245.25") == 1,
            TimeSpan.FromSeconds(30), "the zone temperature in telemetry_sample");
    }

    [Fact]
    public async Task Parts_picked_from_a_slot_since_the_last_unit_are_booked_to_the_unit_as_consumed_from_its_reel()
    {
        var orderNo = await Floor.ReleasedOrder();
        var reels = await Floor.SetUp(orderNo);
        var serial = (await Floor.Serials(orderNo, 1))[0];
        await Floor.PassUntil(serial, "place-1");
        var machine = new SimulatedMachine("smt-01-placer-1");
        var station = Floor.Station(machine.WorkstationId);
        await station.ApplyTelemetry(machine.Picks(DateTimeOffset.UtcNow, "1", 1000));
        await station.ApplyTelemetry(machine.Picks(DateTimeOffset.UtcNow.AddSeconds(1), "1", 1025));

        await Floor.Pass(serial, "place-1");
        var trace = ShopFloor.Succeeded(await plant.Grains.GetGrain<IGenealogyGrain>(0).Backward(serial));

        Assert.Contains(trace.Lots, l => l.Slot == "1" && l.Quantity == 25m && l.QuantitySource == "PickCount");
        Assert.Equal(4975m, (await Floor.Lot(reels[("smt-01-placer-1", "1")]).Get())!.Quantity);
    }

    private Task<long> CountRows(string workstationId) =>
        plant.ScalarAsync<long>("SELECT count(*) FROM count_advance WHERE workstation_id = @w", ("w", workstationId));

    /// <summary>Long-polls the line view until the workstation's tile satisfies <paramref name="shows"/>.</summary>
    private static async Task<WorkstationTile> Watch(ILineGrain line, LineCursor cursor, string workstationId, Func<WorkstationTile, bool> shows)
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var view = ShopFloor.Succeeded(await line.WaitForChange(cursor, TimeSpan.FromSeconds(5)));
            if (view.Workstations.FirstOrDefault(t => t.WorkstationId == workstationId) is { } tile && shows(tile))
            {
                return tile;
            }

            cursor = view.Cursor;
        }

        throw new TimeoutException($"the line view never showed the expected state of {workstationId}");
    }
}
