namespace Mes.PlcSimulator.Host;

/// <summary>An argument the command line refuses; the message names it.</summary>
internal sealed class CommandLineException(string message) : Exception(message);
