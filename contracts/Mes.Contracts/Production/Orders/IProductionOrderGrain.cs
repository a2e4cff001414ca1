using Orleans.Concurrency;

namespace Mes.Contracts.Production.Orders;

/// <summary>
/// A production order (key <c>po:&lt;order no&gt;</c>, see <see cref="GrainKey.Order"/>): created →
/// released (pinning the master-data version) → in progress → completed → closed, with its serials,
/// quantity and yield per operation. Every change takes a client-supplied request id; a retry returns
/// the same result and writes nothing twice.
/// </summary>
[Alias("mes.production.order")]
public interface IProductionOrderGrain : IGrainWithStringKey
{
    /// <summary>Enters the order (its number is the grain key) against the current master data.</summary>
    [Alias("create")]
    Task<Outcome<OrderSnapshot>> Create(CreateOrderRequest request);

    /// <summary>Releases the order to the shop floor under the current master-data version.</summary>
    [Alias("release")]
    Task<Outcome<OrderSnapshot>> Release(string requestId);

    /// <summary>Marks the order started (the first unit's start does this on its own).</summary>
    [Alias("start")]
    Task<Outcome<OrderSnapshot>> Start(string requestId);

    /// <summary>Production is finished; quantities are final.</summary>
    [Alias("complete")]
    Task<Outcome<OrderSnapshot>> Complete(string requestId);

    /// <summary>Closes the order for booking.</summary>
    [Alias("close")]
    Task<Outcome<OrderSnapshot>> Close(string requestId);

    /// <summary>Issues the next <paramref name="count"/> serials by the serial number rule and creates their units.</summary>
    [Alias("issue-serials")]
    Task<Outcome<SerialsGiven>> IssueSerials(string requestId, int count);

    /// <summary>Registers pre-printed serials and creates their units.</summary>
    [Alias("register-serials")]
    Task<Outcome<SerialsGiven>> RegisterSerials(string requestId, IReadOnlyList<string> serials);

    /// <summary>The order, or null when it was never created.</summary>
    [Alias("get"), AlwaysInterleave]
    Task<OrderSnapshot?> Get();

    /// <summary>
    /// Returns the order as soon as its <see cref="OrderSnapshot.Sequence"/> is past
    /// <paramref name="sinceSequence"/>, or after <paramref name="timeout"/> as it is (a long poll for
    /// live views: call again with the sequence returned; after a silo failover simply call again).
    /// Null when the order does not exist.
    /// </summary>
    [Alias("wait-for-change"), AlwaysInterleave]
    Task<OrderSnapshot?> WaitForChange(long sinceSequence, TimeSpan timeout);
}
