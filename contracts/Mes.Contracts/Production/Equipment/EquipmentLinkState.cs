namespace Mes.Contracts.Production.Equipment;

/// <summary>How the MES is connected to a machine's OPC UA server.</summary>
public enum EquipmentLinkState
{
    /// <summary>Opening the session and subscription.</summary>
    Connecting,

    /// <summary>Subscribed; data changes arrive.</summary>
    Connected,

    /// <summary>The server cannot be reached or the session broke; the agent retries with back-off.</summary>
    Disconnected,
}
