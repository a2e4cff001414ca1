namespace Mes.OpcUa.Types;

internal enum MonitoringMode
{
    Disabled = 0,
    Sampling = 1,
    Reporting = 2,
}
