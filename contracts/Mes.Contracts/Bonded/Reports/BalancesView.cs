namespace Mes.Contracts.Bonded.Reports;

/// <summary>Balances per item at an instant (now when not asked for another).</summary>
[GenerateSerializer, Immutable, Alias("mes.bonded.balances")]
public sealed record BalancesView([property: Id(0)] DateTimeOffset At, [property: Id(1)] long LastSequence, [property: Id(2)] IReadOnlyList<BalanceRowView> Rows);
