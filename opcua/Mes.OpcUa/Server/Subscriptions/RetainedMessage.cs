namespace Mes.OpcUa.Server.Subscriptions;

/// <summary>
/// An encoded NotificationMessage kept for Republish in a buffer its subscription recycles. The buffer may be reused
/// only after the response carrying it was encoded onto the wire (<see cref="Sent"/>), so a recycled buffer is never
/// one still waiting to be sent.
/// </summary>
internal sealed class RetainedMessage(byte[] buffer, int length)
{
    private volatile bool _sent;

    public byte[] Buffer { get; } = buffer;

    public ReadOnlyMemory<byte> Bytes => Buffer.AsMemory(0, length);

    public bool Sent => _sent;

    public void MarkSent() => _sent = true;
}
