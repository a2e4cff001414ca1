namespace Mes.Contracts.Production.Lines;

/// <summary>Where a watcher of a line view is: the activation's epoch and the view's version in it.</summary>
/// <param name="Epoch">Changes when the line grain is activated anew (after a failover).</param>
/// <param name="Version">Grows with every change within the epoch.</param>
[GenerateSerializer, Immutable, Alias("mes.production.line-cursor")]
public sealed record LineCursor([property: Id(0)] string Epoch, [property: Id(1)] long Version)
{
    /// <summary>The cursor of a watcher that has seen nothing yet.</summary>
    public static LineCursor Start { get; } = new(string.Empty, 0);
}
