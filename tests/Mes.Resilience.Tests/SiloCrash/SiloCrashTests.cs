using Xunit.Abstractions;

namespace Mes.Resilience.Tests.SiloCrash;

/// <summary>What a plant relies on when a silo's host dies under load (<see cref="SiloCrashScenario"/>).</summary>
[Collection(SiloCrashCollection.Name)]
public sealed class SiloCrashTests(SiloCrashScenario scenario, ITestOutputHelper output)
{
    [Fact]
    public void No_scan_or_posting_is_refused_or_given_up_while_a_silo_dies()
    {
        Assert.Empty(scenario.Load.Scans.Failures);
        Assert.Empty(scenario.Load.Postings.Failures);
        output.WriteLine($"retries by status: scans {Describe(scenario.Load.Scans.Retries)}; postings {Describe(scenario.Load.Postings.Retries)}");
    }

    [Fact]
    public void Terminals_and_postings_go_on_after_the_silo_dies()
    {
        Assert.True(scenario.Load.Completions.Acknowledged.Count > scenario.CompletionsAtKill, "no completion was acknowledged after the kill");
        Assert.True(scenario.Load.Clerk.Acknowledged.Count > scenario.PostingsAtKill, "no posting was acknowledged after the kill");
    }

    [Fact]
    public void Every_acknowledged_posting_is_in_the_journal_exactly_once()
    {
        var acknowledged = scenario.Load.Clerk.Acknowledged.Keys.Order(StringComparer.Ordinal).ToList();

        Assert.Equal(acknowledged, scenario.Record.JournalRowsByKey.Keys.Order(StringComparer.Ordinal));
        Assert.All(scenario.Record.JournalRowsByKey, key => Assert.Equal(1, key.Value));
    }

    [Fact]
    public void The_journal_of_the_book_on_the_killed_silo_verifies_intact()
    {
        Assert.True(scenario.Record.JournalIntact);
        Assert.Equal(scenario.Load.Clerk.Acknowledged.Count, scenario.Record.EntriesChecked);
    }

    [Fact]
    public void The_bonded_stock_equals_the_sum_of_the_acknowledged_receipts()
    {
        var expected = scenario.Load.Clerk.Acknowledged.Values.GroupBy(p => p.Item)
            .ToDictionary(g => g.Key, g => g.Sum(p => p.DeclaredQuantity), StringComparer.Ordinal);

        Assert.Equal(expected, scenario.Record.BondedStockByItem.Where(s => s.Value != 0).ToDictionary(s => s.Key, s => s.Value, StringComparer.Ordinal));
    }

    [Fact]
    public void Every_acknowledged_unit_completion_is_in_the_genealogy_exactly_once()
    {
        var acknowledged = scenario.Load.Completions.Acknowledged.Select(c => (c.Serial, c.OperationId)).Order().ToList();

        Assert.Equal(acknowledged, scenario.Record.GenealogyRows.Keys.Order());
        Assert.All(scenario.Record.GenealogyRows, row => Assert.Equal(1, row.Value));
    }

    [Fact]
    public void The_equipment_agent_of_the_killed_silo_comes_back_on_the_other_and_its_machines_are_heard_again()
    {
        Assert.False(scenario.Killed.Is(scenario.AgentSiloAfter));
        Assert.Contains(scenario.Cluster.Silos, s => s != scenario.Killed && s.Is(scenario.AgentSiloAfter));
        output.WriteLine($"telemetry resumed {(scenario.TelemetryResumedAt - scenario.KilledAt).TotalSeconds:0} s after the kill");
    }

    private static string Describe(IReadOnlyDictionary<Grpc.Core.StatusCode, int> retries) =>
        retries.Count == 0 ? "none" : string.Join(", ", retries.Select(r => $"{r.Key} {r.Value}"));
}
