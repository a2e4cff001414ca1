namespace Mes.PlcSimulator.Host;

/// <summary>The simulator's exit codes.</summary>
public static class ExitCodes
{
    /// <summary>Done.</summary>
    public const int Ok = 0;

    /// <summary>An argument or the line file was refused (the message says which).</summary>
    public const int BadArguments = 2;

    /// <summary>What was asked for is not in this build.</summary>
    public const int Unavailable = 3;
}
