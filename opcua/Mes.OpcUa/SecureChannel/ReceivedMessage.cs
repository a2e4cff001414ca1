namespace Mes.OpcUa.SecureChannel;

/// <summary>A complete message taken off a channel: its type (OPN/MSG/CLO), request id and decoded body.</summary>
internal readonly record struct ReceivedMessage(uint MessageType, uint RequestId, object Body);
