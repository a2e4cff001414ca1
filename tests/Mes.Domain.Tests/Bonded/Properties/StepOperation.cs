namespace Mes.Domain.Tests.Bonded.Properties;

/// <summary>The operations a random history step can perform.</summary>
internal enum StepOperation
{
    ReceiveKit,
    ReceiveBonded,
    ReceiveNonBonded,
    ReceiveUndocumented,
    AttachDocument,
    ReceiveCarryOver,
    Backflush,
    Export,
    SellDomestically,
    ShipCarryOver,
    SendToSubcontractor,
    ReturnFromSubcontractor,
    ReportDefective,
    DisposeDefective,
    DisposeScrap,
    AdjustStock,
    CountStock,
    Reverse,
    RepeatEarlierCommand,
}
