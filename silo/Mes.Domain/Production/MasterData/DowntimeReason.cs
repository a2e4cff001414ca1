using Mes.Domain.Production.Machines;

namespace Mes.Domain.Production.MasterData;

/// <summary>
/// A downtime reason code an operator can report. <paramref name="Category"/> is the SEMI E10 state the
/// time belongs to (scheduled down for planned maintenance, unscheduled down for a jam).
/// </summary>
public sealed record DowntimeReason(string Code, string Description, E10State Category);
