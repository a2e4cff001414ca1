namespace Mes.Domain.Production.Decisions;

/// <summary>
/// Why a command was refused. The numeric values are stable codes: terminals, logs and the gateway's
/// error details carry them, so a value is never renumbered or reused. Grouped by the hundreds:
/// 1xx operator, 2xx material and setup, 3xx route, 4xx completion, 5xx order, 6xx downtime and holds.
/// </summary>
public enum RefusalReason
{
    /// <summary>The badge is not in the operator master data.</summary>
    UnknownBadge = 101,
    /// <summary>The operator lacks a certification the workstation's operations require.</summary>
    CertificationMissing = 102,
    /// <summary>The operator's certification for the operation has expired.</summary>
    CertificationExpired = 103,
    /// <summary>The command needs a logged-in operator and none is logged in.</summary>
    NoOperatorLoggedIn = 104,
    /// <summary>Another operator is logged in at the workstation.</summary>
    AnotherOperatorLoggedIn = 105,

    /// <summary>No production order is selected at the workstation.</summary>
    NoOrderSelected = 201,
    /// <summary>The feeder slot is not used by the order's BOM at this workstation.</summary>
    UnknownSlot = 202,
    /// <summary>The reel's part number differs from the BOM line for the slot.</summary>
    WrongPart = 203,
    /// <summary>The moisture-sensitive reel has used up its floor life and must be baked.</summary>
    MsdFloorLifeExpired = 204,
    /// <summary>A bonded reel on a non-bonded order, or a non-bonded reel on a bonded order.</summary>
    BondedMismatch = 205,
    /// <summary>The lot is on hold.</summary>
    LotOnHold = 206,
    /// <summary>The reel has no quantity left.</summary>
    LotEmpty = 207,
    /// <summary>The slot is not loaded.</summary>
    SlotEmpty = 208,
    /// <summary>The lot is not on hold, so it cannot be released.</summary>
    LotNotOnHold = 209,

    /// <summary>The unit's previous operation did not pass.</summary>
    PreviousOperationFailed = 301,
    /// <summary>The operation is not the next one on the unit's route.</summary>
    OutOfRoute = 302,
    /// <summary>The unit is on hold.</summary>
    UnitOnHold = 303,
    /// <summary>The unit has been scrapped.</summary>
    UnitScrapped = 304,
    /// <summary>The unit belongs to another production order.</summary>
    WrongOrder = 305,
    /// <summary>The unit is of another product than the route.</summary>
    WrongProduct = 306,
    /// <summary>The operation is not performed at this workstation.</summary>
    WrongWorkstation = 307,
    /// <summary>The unit has already finished its route.</summary>
    RouteComplete = 308,
    /// <summary>An operation is already in progress on the unit.</summary>
    OperationInProgress = 309,
    /// <summary>The unit has failed too many rework attempts.</summary>
    ReworkLimitReached = 310,
    /// <summary>The unit has been shipped.</summary>
    UnitShipped = 311,
    /// <summary>The route has no operation with that id.</summary>
    UnknownOperation = 312,
    /// <summary>The unit is not on hold, so it cannot be released.</summary>
    UnitNotOnHold = 313,

    /// <summary>The operation being completed was not started on the unit.</summary>
    OperationNotStarted = 401,
    /// <summary>A measurement lies outside its test-step limits while the result says pass.</summary>
    MeasurementOutOfLimits = 402,
    /// <summary>A test step has no measurement.</summary>
    MeasurementMissing = 403,
    /// <summary>A failed result carries no defect code and no failing measurement.</summary>
    DefectCodeRequired = 404,
    /// <summary>The request id was already used for a different command.</summary>
    RequestIdReused = 405,
    /// <summary>A measurement names no test step of the operation.</summary>
    UnknownTestStep = 406,

    /// <summary>The order is not in a state that allows the command.</summary>
    OrderStateForbids = 501,
    /// <summary>The order quantity must be a positive whole number.</summary>
    InvalidQuantity = 502,
    /// <summary>The product is not in the master data.</summary>
    UnknownProduct = 503,
    /// <summary>The line is not in the master data.</summary>
    UnknownLine = 504,
    /// <summary>A bonded order must name the customs norm version it consumes under.</summary>
    NormVersionRequired = 505,
    /// <summary>Issuing the serials would exceed the order quantity.</summary>
    SerialQuantityExceeded = 506,
    /// <summary>The serial number is already registered.</summary>
    DuplicateSerial = 507,
    /// <summary>The serial number is empty or contains characters a label cannot carry.</summary>
    InvalidSerial = 508,
    /// <summary>The order is not released for production.</summary>
    OrderNotReleased = 509,
    /// <summary>The order number is empty or contains characters a serial cannot carry.</summary>
    InvalidOrderNo = 510,

    /// <summary>The downtime reason code is not in the master data.</summary>
    UnknownReasonCode = 601,
    /// <summary>A hold needs a reason.</summary>
    HoldReasonRequired = 602,
}
