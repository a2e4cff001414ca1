namespace Mes.Domain.Production.Orders;

/// <summary>Units passed and failed at one operation of an order; yield = passed / (passed + failed).</summary>
public sealed record OperationTally(int Passed, int Failed)
{
    /// <summary>The share of completions that passed (0 when none completed).</summary>
    public decimal Yield => Passed + Failed == 0 ? 0m : (decimal)Passed / (Passed + Failed);
}
