namespace Mes.Domain.Production.MasterData.Import;

/// <summary>An import yields a whole new master-data version or the list of everything wrong; never part.</summary>
public abstract record ImportResult
{
    private ImportResult()
    {
    }

    /// <summary>Every file was valid: the new version.</summary>
    public sealed record Imported(PlantMasterData MasterData) : ImportResult;

    /// <summary>Something was wrong; nothing was imported.</summary>
    public sealed record Rejected(IReadOnlyList<ImportError> Errors) : ImportResult;
}
