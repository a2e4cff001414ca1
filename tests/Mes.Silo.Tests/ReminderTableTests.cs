using Mes.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Mes.Silo.Tests;

/// <summary>
/// The reminder queries of our schema, through the Orleans ADO.NET reminder table itself: the
/// equipment agents stay alive on a reminder, so these rows must round-trip exactly.
/// </summary>
public sealed class ReminderTableTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    [Fact]
    public async Task A_reminder_row_is_written_read_and_removed_only_with_its_current_etag()
    {
        await using var silo = await TestSilo.StartAsync(await postgres.CreateDatabaseAsync(), "c" + Guid.NewGuid().ToString("N")[..8]);
        var table = silo.Services.GetRequiredService<IReminderTable>();
        var grain = GrainId.Create("equipment-agent", "eq:opc.tcp://127.0.0.1:4840");
        var start = new DateTime(2026, 11, 29, 8, 0, 0, DateTimeKind.Utc);

        var first = await table.UpsertRow(new ReminderEntry { GrainId = grain, ReminderName = "keep-alive", StartAt = start, Period = TimeSpan.FromMinutes(1) });
        var second = await table.UpsertRow(new ReminderEntry { GrainId = grain, ReminderName = "keep-alive", StartAt = start, Period = TimeSpan.FromMinutes(2) });
        var read = (await table.ReadRow(grain, "keep-alive"))!;
        var removedWithStaleEtag = await table.RemoveRow(grain, "keep-alive", first!);
        var removed = await table.RemoveRow(grain, "keep-alive", second!);
        var afterRemoval = await table.ReadRows(grain);

        Assert.NotEqual(first, second);
        Assert.Equal(start, read.StartAt);
        Assert.Equal(TimeSpan.FromMinutes(2), read.Period);
        Assert.Equal(second, read.ETag);
        Assert.False(removedWithStaleEtag);
        Assert.True(removed);
        Assert.Empty(afterRemoval.Reminders);
    }

    [Fact]
    public async Task Ring_ranges_return_each_reminder_in_exactly_one_half_of_the_ring_including_the_wrapping_half()
    {
        await using var silo = await TestSilo.StartAsync(await postgres.CreateDatabaseAsync(), "c" + Guid.NewGuid().ToString("N")[..8]);
        var table = silo.Services.GetRequiredService<IReminderTable>();
        // Reminders of a grain type no silo hosts, due in an hour: the silo's own reminder service must not fire
        // (and on failing, drop) any of them while the test reads the table.
        var grains = Enumerable.Range(0, 40).Select(i => GrainId.Create("ring-test", $"r:{i}")).ToList();
        foreach (var grain in grains)
        {
            await table.UpsertRow(new ReminderEntry { GrainId = grain, ReminderName = "r", StartAt = DateTime.UtcNow.AddHours(1), Period = TimeSpan.FromMinutes(1) });
        }

        // Two halves of the ring: one that does not wrap in signed order, one that does.
        var lower = await table.ReadRows(0x4000_0000u, 0xC000_0000u);
        var upper = await table.ReadRows(0xC000_0000u, 0x4000_0000u);

        var seen = lower.Reminders.Concat(upper.Reminders).Select(r => r.GrainId).ToList();
        Assert.Equal(grains.Order(), seen.Order());
        Assert.All(lower.Reminders, r => Assert.InRange(r.GrainId.GetUniformHashCode(), 0x4000_0001u, 0xC000_0000u));
    }
}
