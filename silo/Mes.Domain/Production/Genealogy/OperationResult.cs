namespace Mes.Domain.Production.Genealogy;

/// <summary>The outcome of an operation on a unit.</summary>
public enum OperationResult
{
    /// <summary>Passed.</summary>
    Pass,
    /// <summary>Failed.</summary>
    Fail,
}
