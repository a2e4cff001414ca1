using Mes.Domain.Bonded.Identifiers;
using Mes.Domain.Bonded.Quantities;

namespace Mes.Domain.Bonded.MasterData;

/// <summary>The header of an account book (电子账册表头): who keeps it, under which office, on which cycle.</summary>
public sealed record AccountBook
{
    /// <summary>The filing number (备案编号).</summary>
    public required AccountBookNo No { get; init; }

    /// <summary>Processing or logistics book, in or outside a zone.</summary>
    public required AccountBookType Type { get; init; }

    /// <summary>The supervising customs office (主管海关 <c>masterCuscd</c>).</summary>
    public required CustomsOfficeCode CustomsOffice { get; init; }

    /// <summary>The operating enterprise (经营企业).</summary>
    public required Enterprise OperatingEnterprise { get; init; }

    /// <summary>The processing enterprise (加工企业); the same as the operator for most zone books.</summary>
    public required Enterprise ProcessingEnterprise { get; init; }

    /// <summary>The write-off cycle.</summary>
    public required WriteOffCycle WriteOffCycle { get; init; }

    /// <summary>The end of the book's validity (<c>finishValidDate</c>), if filed.</summary>
    public DateTimeOffset? ValidUntil { get; init; }

    /// <summary>The precision items use unless they declare their own.</summary>
    public DeclaredPrecision Precision { get; init; } = DeclaredPrecision.Customs;
}
