namespace Mes.OpcUa.Types;

/// <summary>The ids of node attributes (Part 6 Annex A.1).</summary>
public static class AttributeId
{
    /// <summary>NodeId.</summary>
    public const uint NodeId = 1;
    /// <summary>NodeClass.</summary>
    public const uint NodeClass = 2;
    /// <summary>BrowseName.</summary>
    public const uint BrowseName = 3;
    /// <summary>DisplayName.</summary>
    public const uint DisplayName = 4;
    /// <summary>Description.</summary>
    public const uint Description = 5;
    /// <summary>WriteMask.</summary>
    public const uint WriteMask = 6;
    /// <summary>UserWriteMask.</summary>
    public const uint UserWriteMask = 7;
    /// <summary>EventNotifier.</summary>
    public const uint EventNotifier = 12;
    /// <summary>Value.</summary>
    public const uint Value = 13;
    /// <summary>DataType.</summary>
    public const uint DataType = 14;
    /// <summary>ValueRank.</summary>
    public const uint ValueRank = 15;
    /// <summary>ArrayDimensions.</summary>
    public const uint ArrayDimensions = 16;
    /// <summary>AccessLevel.</summary>
    public const uint AccessLevel = 17;
    /// <summary>UserAccessLevel.</summary>
    public const uint UserAccessLevel = 18;
    /// <summary>MinimumSamplingInterval.</summary>
    public const uint MinimumSamplingInterval = 19;
    /// <summary>Historizing.</summary>
    public const uint Historizing = 20;
    /// <summary>Executable.</summary>
    public const uint Executable = 21;
    /// <summary>UserExecutable.</summary>
    public const uint UserExecutable = 22;
}
