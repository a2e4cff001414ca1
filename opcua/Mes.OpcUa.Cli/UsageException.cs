namespace Mes.OpcUa.Cli;

/// <summary>The command line is not one the tool understands; the message says why.</summary>
internal sealed class UsageException(string message) : Exception(message);
