namespace Mes.PlcSimulator.Engine;

/// <summary>How long the acting states other than Starting (whose time is in the line file) take, in seconds.</summary>
internal static class ActingTimes
{
    public const double Stopping = 2;
    public const double Resetting = 2;
    public const double Completing = 1;
    public const double Aborting = 1;
    public const double Clearing = 2;

    /// <summary>Shortest random repair: an alarm shorter than this would not be seen by a 100 ms sampler.</summary>
    public const double MinimumRepair = 1;

    /// <summary>Longest fault InjectFault accepts: a day.</summary>
    public const double MaximumInjectedFault = 86_400;
}
