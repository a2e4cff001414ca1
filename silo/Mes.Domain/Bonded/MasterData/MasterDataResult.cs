namespace Mes.Domain.Bonded.MasterData;

/// <summary>The outcome of building or changing master data: the new data, or every error found.</summary>
public abstract record MasterDataResult
{
    private MasterDataResult()
    {
    }

    /// <summary>The master data passed every check.</summary>
    public sealed record Valid(AccountBookMasterData Data) : MasterDataResult;

    /// <summary>The master data was refused; nothing changed.</summary>
    public sealed record Invalid(IReadOnlyList<MasterDataError> Errors) : MasterDataResult;
}
