namespace Mes.Grains.Production;

/// <summary>
/// Refusals that come from executing a request rather than from a production rule: stable codes in the
/// 9xx range, next to the domain's 1xx–6xx reasons.
/// </summary>
public enum ExecutionRefusal
{
    /// <summary>No master-data version has been imported yet.</summary>
    MasterDataMissing = 901,
    /// <summary>The order, lot or unit to create exists already, created by another request.</summary>
    AlreadyExists = 902,
    /// <summary>A master-data import was rejected (the violations list every error).</summary>
    ImportRejected = 903,
    /// <summary>The workstation has no machine, so it has no machine state or OEE.</summary>
    NoMachine = 904,
    /// <summary>The customs account book refused the back-flush of a bonded order (its rule is in the message).</summary>
    BondedPostingRefused = 905,
    /// <summary>A bonded order completed where no account book is configured for production.</summary>
    NoProductionBook = 906,
}
