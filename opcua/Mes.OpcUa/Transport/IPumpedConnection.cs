using System.Net.Sockets;

namespace Mes.OpcUa.Transport;

/// <summary>A connection whose socket <see cref="ReceivePump"/> watches.</summary>
internal interface IPumpedConnection
{
    /// <summary>The socket; only ever used with blocking calls.</summary>
    Socket Socket { get; }

    /// <summary>True once the connection was closed from elsewhere; the pump then calls <see cref="OnReadable"/> to let it end.</summary>
    bool IsClosed { get; }

    /// <summary>
    /// Reads what arrived and handles it, on the pump's thread. Returns false when the connection has ended and must no
    /// longer be watched. Must not throw and must not block.
    /// </summary>
    bool OnReadable();
}
