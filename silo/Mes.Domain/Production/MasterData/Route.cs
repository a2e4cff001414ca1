namespace Mes.Domain.Production.MasterData;

/// <summary>
/// The routing of a product: main operations in order, rework operations off the sequence, and the
/// loops that connect them.
/// </summary>
public sealed record Route(string ProductNo, IReadOnlyList<Operation> Operations, IReadOnlyList<ReworkLoop> ReworkLoops)
{
    /// <summary>The main operations in route order.</summary>
    public IEnumerable<Operation> MainSequence => Operations.Where(o => !o.IsRework);

    /// <summary>The operation with <paramref name="operationId"/>, or null.</summary>
    public Operation? Find(string operationId) => Operations.FirstOrDefault(o => o.Id == operationId);

    /// <summary>The operation with <paramref name="operationId"/>; throws when the route has none.</summary>
    public Operation Op(string operationId) =>
        Find(operationId) ?? throw new KeyNotFoundException($"route of {ProductNo} has no operation {operationId}");

    /// <summary>The main operation after <paramref name="operationId"/>, or null at the end of the route.</summary>
    public Operation? After(string operationId)
    {
        var main = MainSequence.ToList();
        var index = main.FindIndex(o => o.Id == operationId);
        return index >= 0 && index + 1 < main.Count ? main[index + 1] : null;
    }

    /// <summary>The loop entered when <paramref name="operationId"/> fails, or null.</summary>
    public ReworkLoop? LoopOnFailOf(string operationId) => ReworkLoops.FirstOrDefault(l => l.OnFailOf == operationId);

    /// <summary>The loop whose rework operation is <paramref name="operationId"/>, or null.</summary>
    public ReworkLoop? LoopThrough(string operationId) =>
        ReworkLoops.FirstOrDefault(l => l.ReworkOperation == operationId);
}
