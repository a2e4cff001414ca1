using System.Globalization;
using Mes.OpcUa.Security;

namespace Mes.OpcUa.Cli;

/// <summary><c>pki list</c>, <c>pki trust</c> and <c>pki reject</c>: an administrator's view of a PKI store.</summary>
internal static class PkiCommands
{
    public static async Task<int> RunAsync(CommandArguments command, TextWriter output, TextWriter error)
    {
        var pki = new PkiStore(command.Pki);
        try
        {
            switch (command.Command)
            {
                case "pki list":
                    var rows = pki.List().Select(c => new[]
                    {
                        c.Folder.ToString().ToLowerInvariant(), c.Thumbprint, c.Subject, c.ApplicationUri ?? "",
                        c.NotAfter.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    });
                    await output.WriteLineAsync($"PKI store {pki.Root}");
                    await Table.WriteAsync(output, ["Folder", "Thumbprint", "Subject", "ApplicationUri", "ValidUntil"], rows);
                    return CommandLine.Success;
                case "pki trust":
                    var trusted = pki.Trust(command.Target);
                    await output.WriteLineAsync($"trusted {trusted.Subject} ({trusted.Thumbprint}): {trusted.Path}");
                    return CommandLine.Success;
                default:
                    var rejected = pki.Reject(command.Target);
                    await output.WriteLineAsync($"no longer trusted {rejected.Subject} ({rejected.Thumbprint}): {rejected.Path}");
                    return CommandLine.Success;
            }
        }
        catch (CertificateStoreException e)
        {
            await error.WriteLineAsync($"error: {e.Message}");
            return CommandLine.Failure;
        }
    }
}
