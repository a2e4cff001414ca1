using Mes.Domain.Bonded.Journal;
using Mes.Domain.Bonded.Posting.Commands;

namespace Mes.Domain.Bonded.Posting;

/// <summary>The SHA-256 digest of a command's canonical form, which tells a repeated command from a conflicting one.</summary>
internal static class CommandDigest
{
    public static string Of(LedgerCommand command)
    {
        var writer = new CanonicalWriter("zone-mes/bonded-command/v1");
        writer.Text("command", command.GetType().Name);
        writer.Text("idempotencyKey", command.IdempotencyKey.Value);
        writer.Text("actor.id", command.Actor.Id);
        writer.Enum("actor.role", (ActorRole?)command.Actor.Role);
        writer.Text("reason", command.Reason);
        writer.Integer("documents.count", command.Documents.Count);
        foreach (var document in command.Documents)
        {
            writer.Enum("document.type", (DocumentType?)document.Type);
            writer.Text("document.number", document.Number);
            writer.Integer("document.line", document.Line);
        }

        command.Describe(writer);
        return EntryHash.Of(writer.ToArray()).Hex;
    }
}
