using Xunit.Abstractions;

namespace Mes.Resilience.Tests.PostgresOutage;

/// <summary>What clients and the data go through when PostgreSQL restarts under load (<see cref="PostgresOutageScenario"/>).</summary>
[Collection(PostgresOutageCollection.Name)]
public sealed class PostgresOutageTests(PostgresOutageScenario scenario, ITestOutputHelper output)
{
    [Fact]
    public void While_PostgreSQL_is_down_clients_are_told_to_retry_and_no_call_is_refused()
    {
        foreach (var failure in scenario.Load.Scans.Failures.Concat(scenario.Load.Postings.Failures))
        {
            output.WriteLine(failure);
        }
        Assert.True(scenario.RetriesDuringOutage > 0);
        Assert.Empty(scenario.Load.Scans.Failures);
        Assert.Empty(scenario.Load.Postings.Failures);
    }

    [Fact]
    public void Every_posting_acknowledged_around_the_outage_is_in_the_journal_exactly_once()
    {
        Assert.Equal(scenario.Load.Clerk.Acknowledged.Keys.Order(StringComparer.Ordinal), scenario.Record.JournalRowsByKey.Keys.Order(StringComparer.Ordinal));
        Assert.All(scenario.Record.JournalRowsByKey, key => Assert.Equal(1, key.Value));
    }

    [Fact]
    public void The_journal_written_across_the_outage_verifies_intact()
    {
        Assert.True(scenario.Record.JournalIntact);
    }

    [Fact]
    public void Every_completion_acknowledged_around_the_outage_is_in_the_genealogy_exactly_once()
    {
        Assert.Equal(scenario.Load.Completions.Acknowledged.Select(c => (c.Serial, c.OperationId)).Order(), scenario.Record.GenealogyRows.Keys.Order());
        Assert.All(scenario.Record.GenealogyRows, row => Assert.Equal(1, row.Value));
    }
}
